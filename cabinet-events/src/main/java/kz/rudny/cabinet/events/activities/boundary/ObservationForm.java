package kz.rudny.cabinet.events.activities.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisLine;

/**
 * What the observer types: a mark (1..5 or none) and a comment for each criterion in the observation's order (the
 * domain's {@link AnalysisLine}, as the mentoring visits' analysis),
 * the recommendations, and for a Lesson Study lesson the notes on the focus pupils A, B and C.
 */
public class ObservationForm implements Serializable {

    private List<AnalysisLine> lines = new ArrayList<>();

    private String recommendations;

    private String pupilA;

    private String pupilB;

    private String pupilC;

    public List<AnalysisLine> getLines() {
        return lines;
    }

    public void setLines(List<AnalysisLine> lines) {
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
