package kz.rudny.cabinet.domain.school.boundary;

import java.io.Serializable;

/** A school as the district sees it in the list: active staff accounts and how many of them teach. */
public record SchoolSummary(long id, String name, TeachingLanguage teachingLanguage, long staffCount,
                            long teacherCount, long methodologistCount) implements Serializable {
}
