package kz.rudny.cabinet.events.activities.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One feedback on an event: the rating (1 to 5), the comment if any, when it was given; no name. */
public record FeedbackView(int rating, String comment, LocalDateTime givenAt) implements Serializable {
}
