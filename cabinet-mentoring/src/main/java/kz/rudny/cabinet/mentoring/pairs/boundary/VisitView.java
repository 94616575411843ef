package kz.rudny.cabinet.mentoring.pairs.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A lesson visit of the log: the lesson, the purpose, the visitor, the template, each criterion (with whether it
 * opens a new section) and the recommendations; {@code mine} when the reader is the visitor (who fills it).
 */
public record VisitView(long id, long pairId, VisitDirection direction, LocalDate visitedOn, String className,
                        String subject, String topic, String purpose, String teacherName, String observerName,
                        String templateName, String languageCode, List<Item> items, String recommendations,
                        boolean mine, long version) implements Serializable {

    /** One criterion with its mark and comment. */
    public record Item(boolean firstOfSection, String sectionTitle, String criterion, Integer mark, String comment)
            implements Serializable {
    }

    /** How many criteria have a mark. */
    public long marked() {
        return items.stream().filter(i -> i.mark() != null).count();
    }
}
