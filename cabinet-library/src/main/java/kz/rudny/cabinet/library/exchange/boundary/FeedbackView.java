package kz.rudny.cabinet.library.exchange.boundary;

import java.io.Serializable;
import java.util.List;

/** Ratings and comments on a material: the average, how many rated, the reader's own rating, the comments. */
public record FeedbackView(double average, long ratings, Integer myStars, List<CommentView> comments,
                           boolean mayRate) implements Serializable {
}
