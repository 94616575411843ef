package kz.rudny.cabinet.events.activities.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One copied criterion of an observation, with its section, mark (1..5 or none) and comment. */
@Embeddable
public class ObservationItem {

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

    protected ObservationItem() {
    }

    public ObservationItem(int sectionNo, String sectionTitle, String criterion) {
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
}
