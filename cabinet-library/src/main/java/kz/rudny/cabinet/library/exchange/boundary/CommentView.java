package kz.rudny.cabinet.library.exchange.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A comment with who wrote it, from which school, and when. */
public record CommentView(long id, String authorName, String schoolName, String text, LocalDateTime writtenAt)
        implements Serializable {
}
