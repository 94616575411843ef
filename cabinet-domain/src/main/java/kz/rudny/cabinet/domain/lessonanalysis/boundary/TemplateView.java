package kz.rudny.cabinet.domain.lessonanalysis.boundary;

import java.io.Serializable;
import java.util.List;

/** A template as read: its sections with their criteria in order; {@code language} is "kk" or "ru". */
public record TemplateView(long id, String name, String language, List<Section> sections) implements Serializable {

    /** A section's title and criteria. */
    public record Section(String title, List<String> criteria) implements Serializable {
    }

    /** How many criteria in all. */
    public int criteriaCount() {
        return sections.stream().mapToInt(s -> s.criteria().size()).sum();
    }
}
