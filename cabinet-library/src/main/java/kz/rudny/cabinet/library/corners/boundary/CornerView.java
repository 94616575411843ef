package kz.rudny.cabinet.library.corners.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * A corner with its items. A seed corner's name comes from the bundles by {@code seed}; a school's own has a name.
 * {@code version} is the corner's as read, for a rename to be refused if someone changed it since.
 */
public record CornerView(long id, SeedCorner seed, String name, String description, boolean itemsExpire,
                         List<CornerItemView> items, long version) implements Serializable {
}
