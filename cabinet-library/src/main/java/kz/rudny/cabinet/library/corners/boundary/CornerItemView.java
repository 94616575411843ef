package kz.rudny.cabinet.library.corners.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import kz.rudny.cabinet.library.materials.boundary.MaterialType;

/**
 * A material in a corner: pinned items first, then in the methodologist's order. {@code cambridge} marks an
 * author who passed the Cambridge-programme level courses; {@code expired} is shown to the methodologist only;
 * {@code version} is the item's as read, for a change of its date to be refused if someone changed it since.
 */
public record CornerItemView(long id, long materialId, String title, MaterialType type, String authorName,
                             boolean pinned, LocalDate expiresOn, boolean expired, boolean cambridge, long version)
                                     implements Serializable {
}
