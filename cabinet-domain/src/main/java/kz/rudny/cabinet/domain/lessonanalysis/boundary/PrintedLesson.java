package kz.rudny.cabinet.domain.lessonanalysis.boundary;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What a printout of lesson analyses says of the lesson (school, teacher, class, subject, topic, goals, when), its
 * analyses (each with the observer's name and school) and the teacher's summary (self-analysis), if any.
 */
public record PrintedLesson(String schoolName, String teacherName, String className, String subject, String topic,
                            String goals, LocalDateTime startsAt, List<Observed> analyses, String summary) {

    /** One observer's analysis. */
    public record Observed(String observerName, String observerSchool, FilledAnalysis analysis) {
    }
}
