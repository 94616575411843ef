package kz.rudny.cabinet.domain.lessonanalysis.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the school methodologist types for a template: a name, a language ("kk" or "ru"), and sections, each with
 * a title and its criteria one per line (blank lines are skipped). Checked by {@link AnalysisTemplates#save}.
 */
public class AnalysisTemplateForm implements Serializable {

    private String name;

    private String language = "kk";

    private List<Section> sections = new ArrayList<>();

    /** A section as typed: its title and its criteria, one per line. */
    public static class Section implements Serializable {

        private String title;

        private String criteria;

        public Section() {
        }

        public Section(String title, List<String> criteria) {
            this.title = title;
            this.criteria = String.join("\n", criteria);
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title == null ? null : title.strip();
        }

        public String getCriteria() {
            return criteria;
        }

        public void setCriteria(String criteria) {
            this.criteria = criteria;
        }

        /** The criteria: the non-blank lines, stripped. */
        public List<String> criteriaLines() {
            return criteria == null ? List.of() : Arrays.stream(criteria.split("\\R")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<Section> getSections() {
        return sections;
    }

    public void setSections(List<Section> sections) {
        this.sections = sections == null ? new ArrayList<>() : sections;
    }
}
