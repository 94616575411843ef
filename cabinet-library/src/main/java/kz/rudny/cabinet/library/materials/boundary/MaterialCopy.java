package kz.rudny.cabinet.library.materials.boundary;

import kz.rudny.cabinet.domain.files.boundary.FileKind;
import java.util.List;
import kz.rudny.cabinet.domain.people.boundary.Language;

/**
 * What the district exchange copies of a published material when it is shared: its description and its
 * current files (the same stored files; the district never reads the material itself).
 */
public record MaterialCopy(long id, String titleKk, String titleRu, String description, Long subjectId,
                           Integer gradeFrom, Integer gradeTo, MaterialType type,
                           Language language, int academicYear, String tags,
                           String authorName, String authorPosition, List<CopiedFile> files) {

    public MaterialCopy {
        files = List.copyOf(files);
    }

    /** Both titles, as records name the material. */
    public String fullTitle() {
        return Titles.both(titleKk, titleRu);
    }

    /** A current file of the material: its shown name, where it is stored, its type, size and checksum. */
    public record CopiedFile(String originalName, String storedName, FileKind kind, long size, String sha256) {
    }
}
