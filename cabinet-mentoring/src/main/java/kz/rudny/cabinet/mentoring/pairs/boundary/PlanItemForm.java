package kz.rudny.cabinet.mentoring.pairs.boundary;

import java.io.Serializable;

/** A plan item as the mentor types it: the month (9..12, 1..5), the heading and the text. */
public class PlanItemForm implements Serializable {

    private Integer month;

    private PlanHeading heading;

    private String text;

    public Integer getMonth() {
        return month;
    }

    public void setMonth(Integer month) {
        this.month = month;
    }

    public PlanHeading getHeading() {
        return heading;
    }

    public void setHeading(PlanHeading heading) {
        this.heading = heading;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null || text.isBlank() ? null : text.strip();
    }
}
