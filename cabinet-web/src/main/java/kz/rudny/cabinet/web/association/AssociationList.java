package kz.rudny.cabinet.web.association;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.domain.association.boundary.AssociationView;
import kz.rudny.cabinet.domain.association.boundary.Associations;
import kz.rudny.cabinet.domain.people.boundary.Profile;

/** The school's methodical associations with their heads and members. */
@Named
@ViewScoped
public class AssociationList implements Serializable {

    @Inject
    Associations associations;

    @Inject
    Profile profile;

    private List<AssociationView> rows;
    private Long me;

    @PostConstruct
    void load() {
        rows = associations.all();
        me = profile.staffId().orElse(null);
    }

    public List<AssociationView> getRows() {
        return rows;
    }

    /** Whether the caller heads the association (and so sees its members' self-education). */
    public boolean headedByCaller(AssociationView a) {
        return me != null && me.equals(a.headId());
    }
}
