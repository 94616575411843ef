package kz.rudny.cabinet.library.materials.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import kz.rudny.cabinet.domain.people.boundary.Language;

/**
 * A material as its page shows it, with what the reader may do with it: edit (author, draft or returned),
 * review (association head or methodologist, submitted), share (methodologist, published).
 */
public record MaterialView(long id, long schoolId, String titleKk, String titleRu, String description,
                           Long subjectId, Integer gradeFrom, Integer gradeTo, MaterialType type, Language language,
                           Long associationId, int academicYear, List<String> tags, String authorName,
                           String authorPosition, MaterialStatus status, ShareState shareState,
                           LocalDateTime publishedAt, long downloads, List<FileView> files, List<FileView> olderFiles,
                           List<StepView> steps, boolean editable, boolean reviewable, boolean shareable,
                           boolean deletable, boolean mine) implements Serializable {
}
