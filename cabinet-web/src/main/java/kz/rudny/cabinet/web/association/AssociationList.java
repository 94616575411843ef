package kz.rudny.cabinet.web.association;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.domain.association.boundary.AssociationView;
import kz.rudny.cabinet.domain.association.boundary.Associations;

/** The school's methodical associations with their heads and members. */
@Named
@ViewScoped
public class AssociationList implements Serializable {

    @Inject
    Associations associations;

    private List<AssociationView> rows;

    @PostConstruct
    void load() {
        rows = associations.all();
    }

    public List<AssociationView> getRows() {
        return rows;
    }
}
