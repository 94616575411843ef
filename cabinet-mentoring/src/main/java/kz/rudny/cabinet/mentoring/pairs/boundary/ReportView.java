package kz.rudny.cabinet.mentoring.pairs.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import kz.rudny.cabinet.domain.people.boundary.TeacherWork;

/**
 * The mentor's report as read: the pair, the figures gathered by the cabinet itself, the mentor's texts and
 * recommendation, and its state (a draft, submitted by the mentor, signed off by the methodologist: then locked).
 */
public record ReportView(PairView pair, Figures figures, String difficulties, String progress,
                         Recommendation recommendation, LocalDateTime submittedAt, LocalDateTime signedAt,
                         String signedByName) implements Serializable {

    /**
     * What the year's log says (plan items done of all, visits each way, notes each kind) and what the other modules
     * recorded of the young specialist's work in the pair's term (events attended and presented at, open lessons
     * given, materials published).
     */
    public record Figures(int planItems, int planDone, int mentorVisits, int youngVisits, int difficulties,
                          int progressNotes, TeacherWork youngWork) implements Serializable {
    }

    public boolean submitted() {
        return submittedAt != null;
    }

    public boolean signed() {
        return signedAt != null;
    }
}
