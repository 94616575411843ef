package kz.rudny.cabinet.web.association;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.domain.association.boundary.AssociationForm;
import kz.rudny.cabinet.domain.association.boundary.Associations;
import kz.rudny.cabinet.domain.paging.PageRequest;
import kz.rudny.cabinet.domain.people.boundary.Staff;
import kz.rudny.cabinet.domain.people.boundary.StaffMemberView;
import kz.rudny.cabinet.web.layout.LanguageChoice;
import kz.rudny.cabinet.web.support.FacesForms;

/** Creates or edits an association ({@code ?id=}): name, description, head and members. */
@Named
@ViewScoped
public class AssociationPage implements Serializable {

    @Inject
    Associations associations;

    @Inject
    Staff staff;

    @Inject
    LanguageChoice language;

    private Long id;
    private AssociationForm form;
    private List<StaffMemberView> candidates;

    public void load() {
        if (form != null) {
            return;
        }
        form = id == null ? new AssociationForm() : associations.form(id);
        candidates = staff.page(new PageRequest(0, PageRequest.MAX_SIZE, "fullName", true, null), language.current())
                .items().stream().filter(StaffMemberView::active).toList();
    }

    public void save() throws IOException {
        boolean creating = id == null;
        if (FacesForms.submit("association", () -> {
            if (creating) {
                id = associations.create(form);
            } else {
                associations.update(id, form);
            }
        })) {
            FacesForms.info("association.saved");
            FacesForms.redirectTo("/associations.xhtml");
        }
    }

    public void delete() throws IOException {
        associations.delete(id);
        FacesForms.info("association.deleted");
        FacesForms.redirectTo("/associations.xhtml");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AssociationForm getForm() {
        return form;
    }

    public List<StaffMemberView> getCandidates() {
        return candidates;
    }
}
