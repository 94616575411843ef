package kz.rudny.cabinet.library.materials.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A material as lists show it. */
public record MaterialSummary(long id, String title, MaterialType type, String authorName, MaterialStatus status,
                              LocalDateTime updatedAt, int files) implements Serializable {
}
