package kz.rudny.cabinet.mentoring.pairs.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A note on the young specialist's difficulty or progress. */
public record NoteView(long id, LocalDate notedOn, NoteKind kind, String text, String authorName)
        implements Serializable {
}
