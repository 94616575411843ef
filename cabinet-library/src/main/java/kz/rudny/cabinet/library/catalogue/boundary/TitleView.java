package kz.rudny.cabinet.library.catalogue.boundary;

import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.domain.people.boundary.Language;

/** A title with its copies and its reservation queue, first come first. */
public record TitleView(long id, String title, String authors, String publisher, Integer publicationYear,
                        String isbn, Language language, HoldingType type, Long subjectId, Integer gradeFrom,
                        Integer gradeTo, String shelfPlace, String annotation, List<CopyView> copies,
                        List<QueueEntry> queue, boolean reservedByCaller) implements Serializable {

    public long availableCopies() {
        return copies.stream().filter(CopyView::isAvailable).count();
    }
}
