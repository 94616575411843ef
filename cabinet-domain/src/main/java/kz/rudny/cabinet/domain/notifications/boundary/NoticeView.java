package kz.rudny.cabinet.domain.notifications.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A notification as its reader sees it: the text in the reader's language, the link, when (UTC), whether read. */
public record NoticeView(long id, String text, String link, LocalDateTime createdAt, boolean read)
        implements Serializable {
}
