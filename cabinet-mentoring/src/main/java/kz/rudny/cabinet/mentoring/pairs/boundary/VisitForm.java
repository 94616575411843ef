package kz.rudny.cabinet.mentoring.pairs.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A lesson visit as the visitor enters it: which way, the day, class, subject, topic, the purpose, the teacher of the
 * lesson (only for a colleague's lesson: the pair's own names are known), and the analysis template.
 */
public class VisitForm implements Serializable {

    private VisitDirection direction;

    private LocalDate visitedOn;

    private String className;

    private String subject;

    private String topic;

    private String purpose;

    private String colleagueName;

    private Long templateId;

    private static String stripped(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public VisitDirection getDirection() {
        return direction;
    }

    public void setDirection(VisitDirection direction) {
        this.direction = direction;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public void setVisitedOn(LocalDate visitedOn) {
        this.visitedOn = visitedOn;
    }

    public String getClassName() {
        return className;
    }

    public void setClassName(String className) {
        this.className = stripped(className);
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = stripped(subject);
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = stripped(topic);
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = stripped(purpose);
    }

    public String getColleagueName() {
        return colleagueName;
    }

    public void setColleagueName(String colleagueName) {
        this.colleagueName = stripped(colleagueName);
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }
}
