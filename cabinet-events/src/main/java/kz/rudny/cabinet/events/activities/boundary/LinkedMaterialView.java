package kz.rudny.cabinet.events.activities.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A library material linked to an event, as the events module knows it: its kind and id in the library, the title
 * it had when linked, who linked it; {@code removable} when the caller may unlink it. Whether the viewer may open
 * the material is the library's to answer.
 */
public record LinkedMaterialView(long id, LinkedMaterialKind kind, long materialRef, String title,
                                 LocalDateTime addedAt, String addedByName, boolean removable) implements Serializable {
}
