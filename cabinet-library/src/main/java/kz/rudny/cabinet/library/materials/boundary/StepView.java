package kz.rudny.cabinet.library.materials.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A recorded step of a material: what, who, when, and the comment given. */
public record StepView(StepKind step, String actorName, LocalDateTime at, String comment) implements Serializable {
}
