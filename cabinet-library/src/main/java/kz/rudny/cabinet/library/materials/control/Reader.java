package kz.rudny.cabinet.library.materials.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import kz.rudny.cabinet.domain.association.boundary.Associations;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.library.materials.boundary.MaterialStatus;
import kz.rudny.cabinet.library.materials.entity.Material;

/**
 * The signed-in person as the materials see them, and what they may do with one material: the one place
 * that decides who sees, edits and reviews.
 */
@RequestScoped
public class Reader {

    @Inject
    CurrentCaller caller;

    @Inject
    Profile profile;

    @Inject
    Associations associations;

    private Optional<StaffCard> card;

    public Optional<StaffCard> card() {
        if (card == null) {
            card = profile.staffCard();
        }
        return card;
    }

    public StaffCard staff() {
        return card().orElseThrow(() -> new kz.rudny.cabinet.domain.errors.AccessDeniedException("not school staff"));
    }

    public String name() {
        return caller.getFullName();
    }

    public boolean isAuthor(Material m) {
        return card().map(c -> c.staffId() == m.getAuthorStaffId()).orElse(false);
    }

    public boolean isMethodologist() {
        return caller.has(Role.SCHOOL_METHODOLOGIST);
    }

    /** The school methodologist, or the head of the material's association; never the author. */
    public boolean mayReview(Material m) {
        if (isAuthor(m)) {
            return false;
        }
        return isMethodologist() || headsAssociationOf(m);
    }

    /** Published materials are the school's; the rest only for the author and the reviewers. */
    public boolean maySee(Material m) {
        return m.getStatus() == MaterialStatus.PUBLISHED || isAuthor(m) || isMethodologist()
                || (m.getStatus() == MaterialStatus.SUBMITTED && headsAssociationOf(m));
    }

    public boolean mayEdit(Material m) {
        return isAuthor(m) && m.getStatus().isEditable();
    }

    private boolean headsAssociationOf(Material m) {
        if (m.getAssociationId() == null || !caller.has(Role.ASSOCIATION_HEAD)) {
            return false;
        }
        Long head = associations.view(m.getAssociationId()).headId();
        return head != null && card().map(c -> c.staffId() == head).orElse(false);
    }
}
