package kz.rudny.cabinet.library.search.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * One hit: a title or material of the caller's school, or (district view) a shared material with its school
 * of origin and its share id. {@code type} is the holding or material type's name.
 */
public record Found(FoundKind kind, long schoolId, long id, Long shareId, String title, String type, String byline,
                    String schoolName, boolean featured, List<Fragment> snippet) implements Serializable {
}
