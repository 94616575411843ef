package kz.rudny.cabinet.mentoring.selfeducation.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A self-education topic as read: the teacher, the title and its language, the academic years, each stage with its
 * planned term, completion and outcomes, and whether the reader keeps it (its teacher).
 */
public record TopicView(long id, long staffId, String teacherName, String title, String language, int fromYear,
                        int toYear, List<StageView> stages, boolean mine, long version) implements Serializable {

    /** A stage with its term, completion and outcomes. */
    public record StageView(Stage stage, LocalDate plannedFrom, LocalDate plannedTo, LocalDate doneOn, String note,
                            List<OutcomeView> outcomes) implements Serializable {

        public boolean done() {
            return doneOn != null;
        }
    }

    /** An outcome of a stage. */
    public record OutcomeView(long id, OutcomeKind kind, String title, LocalDate heldOn, OutcomeLink linkKind,
                              Long linkRef) implements Serializable {
    }

    /** The years as schools write them: 2025-2027. */
    public String yearsLabel() {
        return fromYear + "-" + (toYear + 1);
    }

    /** The stage being worked on: the first not completed, or null when all are. */
    public Stage currentStage() {
        return stages.stream().filter(s -> !s.done()).map(StageView::stage).findFirst().orElse(null);
    }

    /** How many of the four stages are completed. */
    public long stagesDone() {
        return stages.stream().filter(StageView::done).count();
    }
}
