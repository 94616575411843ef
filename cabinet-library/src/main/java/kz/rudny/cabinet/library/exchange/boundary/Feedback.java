package kz.rudny.cabinet.library.exchange.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.library.exchange.control.SharedShelf;
import kz.rudny.cabinet.library.exchange.entity.MaterialComment;
import kz.rudny.cabinet.library.exchange.entity.MaterialRating;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.library.materials.boundary.MaterialStatus;
import kz.rudny.cabinet.library.materials.boundary.PublishedMaterials;

/**
 * Ratings (1-5, one per person, changeable) and comments on published materials. A material is open to
 * feedback from its own school while it is published, and from every school while it is shared; every call
 * checks that first, so an id of another school's unshared material answers "not found".
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
@Transactional
public class Feedback {

    @Inject
    PublishedMaterials materials;

    @Inject
    SharedShelf shared;

    @Inject
    CurrentCaller caller;

    @Inject
    Profile profile;

    @Inject
    Event<SharedMaterialUsed> used;

    @Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST,
            Role.DISTRICT_METHODOLOGIST, Role.DISTRICT_ADMINISTRATOR})
    public FeedbackView view(long schoolId, long materialId) {
        open(schoolId, materialId);
        EntityManager em = shared.data();
        Object[] stats = em.createQuery("SELECT AVG(r.stars * 1.0), COUNT(r) FROM MaterialRating r "
                + "WHERE r.materialSchoolId = :s AND r.materialId = :m", Object[].class)
                .setParameter("s", schoolId).setParameter("m", materialId).getSingleResult();
        Integer mine = em.createQuery("SELECT r.stars FROM MaterialRating r WHERE r.materialSchoolId = :s "
                + "AND r.materialId = :m AND r.raterAccountId = :a", Integer.class).setParameter("s", schoolId)
                .setParameter("m", materialId).setParameter("a", caller.accountId()).getResultStream().findFirst()
                .orElse(null);
        List<CommentView> comments = em.createQuery("SELECT c FROM MaterialComment c WHERE c.materialSchoolId = :s "
                + "AND c.materialId = :m ORDER BY c.writtenAt, c.id", MaterialComment.class)
                .setParameter("s", schoolId).setParameter("m", materialId).getResultStream()
                .map(c -> new CommentView(c.getId(), c.getAuthorName(), c.getAuthorSchoolName(), c.getBody(),
                        c.getWrittenAt())).toList();
        double average = stats[0] == null ? 0 : ((Number) stats[0]).doubleValue();
        return new FeedbackView(Math.round(average * 10) / 10.0, ((Number) stats[1]).longValue(), mine, comments,
                caller.isSchoolPerson());
    }

    /** Rates a material 1 to 5; rating again replaces the caller's earlier rating. */
    public void rate(long schoolId, long materialId, Integer stars) {
        if (stars == null || stars < 1 || stars > 5) {
            throw new InvalidInputException("stars", "rating.range");
        }
        open(schoolId, materialId);
        EntityManager em = shared.data();
        MaterialRating rating = em.createQuery("SELECT r FROM MaterialRating r WHERE r.materialSchoolId = :s "
                + "AND r.materialId = :m AND r.raterAccountId = :a", MaterialRating.class).setParameter("s", schoolId)
                .setParameter("m", materialId).setParameter("a", caller.accountId()).getResultStream().findFirst()
                .orElse(null);
        if (rating == null) {
            rating = new MaterialRating(schoolId, materialId, caller.accountId(), caller.schoolId().orElse(null));
            em.persist(rating);
        }
        rating.rate(stars, LocalDateTime.now(ZoneOffset.UTC));
        DistrictExchange.usedBy(caller.schoolId().orElse(null), schoolId, materialId, used);
    }

    public void comment(long schoolId, long materialId, String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new InvalidInputException("comment", "field.required");
        }
        if (body.length() > 2000) {
            throw new InvalidInputException("comment", "text.tooLong", 2000);
        }
        open(schoolId, materialId);
        shared.data().persist(new MaterialComment(schoolId, materialId, caller.accountId(), caller.getFullName(),
                profile.schoolName().orElse(null), body, LocalDateTime.now(ZoneOffset.UTC)));
    }

    /** Own school: the material is published. Another school (or the district): it is shared right now. */
    private void open(long schoolId, long materialId) {
        boolean own = caller.schoolId().map(id -> id == schoolId).orElse(false);
        if (own) {
            if (materials.card(materialId, Language.EN).status() == MaterialStatus.PUBLISHED) {
                return;
            }
        } else if (shared.shareOf(schoolId, materialId).filter(s -> s.isLive()).isPresent()) {
            return;
        }
        throw new NotFoundException("Material", materialId);
    }
}
