package kz.rudny.cabinet.events.activities.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the school methodologist or an association head writes of a Lesson Study cycle: a title, the research
 * question, the academic year (its first calendar year), the group (3..5 staff members of the school) and the
 * focus pupils A/B/C (described without names).
 */
public class LessonStudyForm implements Serializable {

    private String title;

    private String researchQuestion;

    private Integer academicYear;

    private List<Long> memberIds = new ArrayList<>();

    private String pupilA;

    private String pupilB;

    private String pupilC;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = OpenLessonForm.strip(title);
    }

    public String getResearchQuestion() {
        return researchQuestion;
    }

    public void setResearchQuestion(String researchQuestion) {
        this.researchQuestion = OpenLessonForm.strip(researchQuestion);
    }

    public Integer getAcademicYear() {
        return academicYear;
    }

    public void setAcademicYear(Integer academicYear) {
        this.academicYear = academicYear;
    }

    public List<Long> getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(List<Long> memberIds) {
        this.memberIds = memberIds == null ? new ArrayList<>() : new ArrayList<>(memberIds);
    }

    public String getPupilA() {
        return pupilA;
    }

    public void setPupilA(String pupilA) {
        this.pupilA = OpenLessonForm.strip(pupilA);
    }

    public String getPupilB() {
        return pupilB;
    }

    public void setPupilB(String pupilB) {
        this.pupilB = OpenLessonForm.strip(pupilB);
    }

    public String getPupilC() {
        return pupilC;
    }

    public void setPupilC(String pupilC) {
        this.pupilC = OpenLessonForm.strip(pupilC);
    }
}
