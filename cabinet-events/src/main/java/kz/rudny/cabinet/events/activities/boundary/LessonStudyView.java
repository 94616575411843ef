package kz.rudny.cabinet.events.activities.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A Lesson Study cycle as read: the group, question, year, focus pupils, lessons (each with its event's title and
 * time, stage and discussion notes), the report, and what the caller may do ({@code editing}: change the cycle;
 * {@code member}: of the group, who records the lessons' stages and the report).
 */
public record LessonStudyView(long id, String title, String researchQuestion, int academicYear,
                              List<Member> members, String pupilA, String pupilB, String pupilC,
                              List<Lesson> lessons, String report, boolean finished, boolean editing,
                              boolean member) implements Serializable {

    /** A teacher of the group. */
    public record Member(long staffId, String fullName) implements Serializable {
    }

    /** A lesson of the cycle. */
    public record Lesson(int number, long activityId, String titleKk, String titleRu, LocalDateTime startsAt,
                         LessonStage stage, String discussion) implements Serializable {
    }
}
