package kz.rudny.cabinet.mentoring.attestation.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A piece of evidence as the teacher types it: kind, level, title, the day; for a pupil's result the pupil and the
 * place; for the test its percentage; for a course the course record; for a publication or an open lesson the library
 * material or the event it was, when it is in the cabinet.
 */
public class EvidenceForm implements Serializable {

    private EvidenceKind kind;

    private AchievementLevel level;

    private String title;

    private LocalDate achievedOn;

    private String pupilName;

    private Integer place;

    private Integer testPercent;

    private Long courseId;

    private EvidenceLink linkKind;

    private Long linkRef;

    private static String stripped(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public void setKind(EvidenceKind kind) {
        this.kind = kind;
    }

    public AchievementLevel getLevel() {
        return level;
    }

    public void setLevel(AchievementLevel level) {
        this.level = level;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = stripped(title);
    }

    public LocalDate getAchievedOn() {
        return achievedOn;
    }

    public void setAchievedOn(LocalDate achievedOn) {
        this.achievedOn = achievedOn;
    }

    public String getPupilName() {
        return pupilName;
    }

    public void setPupilName(String pupilName) {
        this.pupilName = stripped(pupilName);
    }

    public Integer getPlace() {
        return place;
    }

    public void setPlace(Integer place) {
        this.place = place;
    }

    public Integer getTestPercent() {
        return testPercent;
    }

    public void setTestPercent(Integer testPercent) {
        this.testPercent = testPercent;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public EvidenceLink getLinkKind() {
        return linkKind;
    }

    public void setLinkKind(EvidenceLink linkKind) {
        this.linkKind = linkKind;
    }

    public Long getLinkRef() {
        return linkRef;
    }

    public void setLinkRef(Long linkRef) {
        this.linkRef = linkRef;
    }
}
