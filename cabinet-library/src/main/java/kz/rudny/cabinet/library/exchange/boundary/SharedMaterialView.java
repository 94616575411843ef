package kz.rudny.cabinet.library.exchange.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.library.materials.boundary.MaterialType;
import kz.rudny.cabinet.library.materials.boundary.ShareState;
import kz.rudny.cabinet.library.materials.boundary.Titles;

/** A material shared to the district, with its school of origin, as every school sees it. */
public record SharedMaterialView(long shareId, long schoolId, long materialId, String schoolName, String titleKk,
                                 String titleRu, String description, Long subjectId, Integer gradeFrom,
                                 Integer gradeTo, MaterialType type, Language language, int academicYear,
                                 List<String> tags, String authorName, String authorPosition, ShareState state,
                                 LocalDateTime sharedAt, String sharedBy, LocalDateTime featuredAt,
                                 String featuredBy, LocalDateTime withdrawnAt, String withdrawReason, long downloads,
                                 List<SharedFileView> files, boolean ownSchool, boolean curatable)
                                         implements Serializable {

    /** The title in the reader's language if there is one, else the other. */
    public String title(Language reader) {
        return Titles.inLanguage(titleKk, titleRu, reader);
    }
}
