package kz.rudny.cabinet.library.exchange.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import kz.rudny.cabinet.library.exchange.entity.DistrictShare;
import kz.rudny.cabinet.library.exchange.entity.DistrictShareFile;
import kz.rudny.cabinet.library.materials.entity.Material;
import kz.rudny.cabinet.library.materials.entity.MaterialFile;

/**
 * Makes (or renews, after a withdrawal) the district's copy of a published material of the current school:
 * its description and its current files, which is all the district ever reads of it.
 */
@ApplicationScoped
public class ShareCopies {

    @Inject
    SharedShelf shared;

    public DistrictShare take(long schoolId, String schoolName, Material m, String by, LocalDateTime now) {
        DistrictShare s = shared.shareOf(schoolId, m.getId()).orElse(null);
        if (s == null) {
            s = new DistrictShare(schoolId, m.getId());
            shared.data().persist(s);
        }
        s.share(schoolName, m.getTitleKk(), m.getTitleRu(), m.getDescription(), m.getSubjectId(), m.getGradeFrom(),
                m.getGradeTo(), m.getType(), m.getLanguage(), m.getAcademicYear(), m.getTags(), m.getAuthorName(),
                m.getAuthorPosition(), by, now);
        shared.data().flush();
        for (MaterialFile f : m.currentFiles()) {
            s.getFiles().add(new DistrictShareFile(s, f.getOriginalName(), f.getStoredName(), f.getKind(), f.getSize(),
                    f.getSha256()));
        }
        shared.data().flush();
        return s;
    }
}
