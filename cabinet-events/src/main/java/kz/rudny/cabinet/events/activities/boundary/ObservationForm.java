package kz.rudny.cabinet.events.activities.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the observer types: a mark (1..5 or none) and a comment for each criterion in the observation's order,
 * the recommendations, and for a Lesson Study lesson the notes on the focus pupils A, B and C.
 */
public class ObservationForm implements Serializable {

    private List<Line> lines = new ArrayList<>();

    private String recommendations;

    private String pupilA;

    private String pupilB;

    private String pupilC;

    /** One criterion's mark and comment. */
    public static class Line implements Serializable {

        private Integer mark;

        private String comment;

        public Line() {
        }

        public Line(Integer mark, String comment) {
            this.mark = mark;
            this.comment = comment;
        }

        public Integer getMark() {
            return mark;
        }

        public void setMark(Integer mark) {
            this.mark = mark;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = OpenLessonForm.strip(comment);
        }
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> lines) {
        this.lines = lines == null ? new ArrayList<>() : lines;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String recommendations) {
        this.recommendations = OpenLessonForm.strip(recommendations);
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
