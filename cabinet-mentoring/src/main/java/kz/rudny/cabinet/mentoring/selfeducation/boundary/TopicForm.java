package kz.rudny.cabinet.mentoring.selfeducation.boundary;

import java.io.Serializable;

/** A topic as the teacher types it: the title, its language (kk or ru), the first and the last academic year. */
public class TopicForm implements Serializable {

    private String title;

    private String language;

    private Integer fromYear;

    private Integer toYear;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null || title.isBlank() ? null : title.strip();
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Integer getFromYear() {
        return fromYear;
    }

    public void setFromYear(Integer fromYear) {
        this.fromYear = fromYear;
    }

    public Integer getToYear() {
        return toYear;
    }

    public void setToYear(Integer toYear) {
        this.toYear = toYear;
    }
}
