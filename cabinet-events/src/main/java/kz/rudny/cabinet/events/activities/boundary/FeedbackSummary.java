package kz.rudny.cabinet.events.activities.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * What the attendees thought of an event, for its organiser: how many gave feedback, the average rating (0 when
 * none), how many gave each rating, and the comments (newest first), without names.
 *
 * @param perRating the counts of ratings 1 to 5, in that order (five numbers)
 */
public record FeedbackSummary(long count, double average, List<Long> perRating, List<FeedbackView> comments)
        implements Serializable {

    public FeedbackSummary {
        if (perRating.size() != 5) {
            throw new IllegalArgumentException("five counts, one per rating: " + perRating);
        }
        perRating = List.copyOf(perRating);
        comments = List.copyOf(comments);
    }

    /** How many gave the rating (1 to 5). */
    public long countOf(int rating) {
        return perRating.get(rating - 1);
    }
}
