package kz.rudny.cabinet.mentoring.pairs.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisLine;

/** The visitor's analysis: a mark and comment per criterion, in the visit's order, and the recommendations. */
public class VisitAnalysisForm implements Serializable {

    private List<AnalysisLine> lines = new ArrayList<>();

    private String recommendations;

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
        this.recommendations = recommendations == null || recommendations.isBlank() ? null : recommendations.strip();
    }
}
