package kz.rudny.cabinet.library.exchange.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import kz.rudny.cabinet.library.exchange.entity.DistrictShare;
import kz.rudny.cabinet.library.exchange.entity.DistrictShareFile;
import kz.rudny.cabinet.library.materials.boundary.MaterialCopy;

/**
 * Makes (or renews, after a withdrawal) the district's copy of a published material of the current school:
 * its description and its current files, which is all the district ever reads of it.
 */
@ApplicationScoped
public class ShareCopies {

    @Inject
    SharedShelf shared;

    public DistrictShare take(long schoolId, String schoolName, MaterialCopy m, String by, LocalDateTime now) {
        DistrictShare s = shared.shareOf(schoolId, m.id()).orElse(null);
        if (s == null) {
            s = new DistrictShare(schoolId, m.id());
            shared.data().persist(s);
        }
        s.share(schoolName, m.titleKk(), m.titleRu(), m.description(), m.subjectId(), m.gradeFrom(), m.gradeTo(),
                m.type(), m.language(), m.academicYear(), m.tags(), m.authorName(), m.authorPosition(), by, now);
        shared.data().flush();
        for (MaterialCopy.CopiedFile f : m.files()) {
            s.getFiles().add(new DistrictShareFile(s, f.originalName(), f.storedName(), f.kind(), f.size(),
                    f.sha256()));
        }
        shared.data().flush();
        return s;
    }
}
