package kz.rudny.cabinet.domain.lessonanalysis.boundary;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;

/**
 * One criterion of a FILLED lesson analysis, copied from the template it was started from, with its section, mark
 * (1..5 or none) and comment: the one row every module keeps its analyses in (an open-lesson observation, a
 * mentoring lesson visit), as an element collection of its own table. An embeddable, not an entity, so it is part of the
 * boundary: each module lists it in its persistence unit ({@code <class>}) and maps its own table.
 */
@Embeddable
public class AnalysisItem {

    @Column(name = "SECTION_NO", nullable = false)
    private int sectionNo;

    @Column(name = "SECTION_TITLE", nullable = false, length = 300)
    private String sectionTitle;

    @Column(name = "CRITERION", nullable = false, length = 500)
    private String criterion;

    @Column(name = "MARK")
    private Integer mark;

    @Column(name = "COMMENT_TEXT", length = 2000)
    private String comment;

    protected AnalysisItem() {
    }

    public AnalysisItem(int sectionNo, String sectionTitle, String criterion) {
        this.sectionNo = sectionNo;
        this.sectionTitle = sectionTitle;
        this.criterion = criterion;
    }

    public void mark(Integer newMark, String newComment) {
        this.mark = newMark;
        this.comment = newComment;
    }

    public int getSectionNo() {
        return sectionNo;
    }

    public String getSectionTitle() {
        return sectionTitle;
    }

    public String getCriterion() {
        return criterion;
    }

    public Integer getMark() {
        return mark;
    }

    public String getComment() {
        return comment;
    }

    /** A template's criteria copied in order, each with its section, not yet marked: a new analysis. */
    public static List<AnalysisItem> copied(TemplateView template) {
        List<AnalysisItem> items = new ArrayList<>();
        for (int s = 0; s < template.sections().size(); s++) {
            TemplateView.Section section = template.sections().get(s);
            for (String criterion : section.criteria()) {
                items.add(new AnalysisItem(s + 1, section.title(), criterion));
            }
        }
        return items;
    }

    /** The items grouped back into their sections, as the shared {@link FilledAnalysis} prints them. */
    public static List<FilledAnalysis.Section> sections(List<AnalysisItem> items) {
        List<FilledAnalysis.Section> sections = new ArrayList<>();
        int current = -1;
        List<FilledAnalysis.Criterion> criteria = null;
        for (AnalysisItem i : items) {
            if (i.getSectionNo() != current) {
                current = i.getSectionNo();
                criteria = new ArrayList<>();
                sections.add(new FilledAnalysis.Section(i.getSectionTitle(), criteria));
            }
            criteria.add(new FilledAnalysis.Criterion(i.getCriterion(), i.getMark(), i.getComment()));
        }
        return sections;
    }
}
