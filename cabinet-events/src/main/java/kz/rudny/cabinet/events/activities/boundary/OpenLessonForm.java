package kz.rudny.cabinet.events.activities.boundary;

import java.io.Serializable;

/** What the organiser writes of an open lesson: the teacher (a staff member), class, subject, topic and goals. */
public class OpenLessonForm implements Serializable {

    private Long teacherStaffId;

    private String className;

    private String subject;

    private String topic;

    private String goals;

    public Long getTeacherStaffId() {
        return teacherStaffId;
    }

    public void setTeacherStaffId(Long teacherStaffId) {
        this.teacherStaffId = teacherStaffId;
    }

    public String getClassName() {
        return className;
    }

    public void setClassName(String className) {
        this.className = strip(className);
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = strip(subject);
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = strip(topic);
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = strip(goals);
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
