package kz.rudny.cabinet.mentoring.pairs.boundary;

import java.io.Serializable;

/** The mentor's texts of the report and the recommendation. */
public class ReportForm implements Serializable {

    private String difficulties;

    private String progress;

    private Recommendation recommendation;

    private static String stripped(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getDifficulties() {
        return difficulties;
    }

    public void setDifficulties(String difficulties) {
        this.difficulties = stripped(difficulties);
    }

    public String getProgress() {
        return progress;
    }

    public void setProgress(String progress) {
        this.progress = stripped(progress);
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(Recommendation recommendation) {
        this.recommendation = recommendation;
    }
}
