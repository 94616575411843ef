package kz.rudny.cabinet.web.materials;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import kz.rudny.cabinet.domain.association.boundary.AssociationView;
import kz.rudny.cabinet.domain.association.boundary.Associations;
import kz.rudny.cabinet.library.materials.boundary.MaterialAuthoring;
import kz.rudny.cabinet.library.materials.boundary.MaterialForm;
import kz.rudny.cabinet.library.materials.boundary.MaterialType;
import kz.rudny.cabinet.web.support.FacesForms;

/** An author writes a new material's description ({@code ?id=} edits a draft or returned one). */
@Named
@ViewScoped
public class MaterialEditPage implements Serializable {

    @Inject
    MaterialAuthoring authoring;

    @Inject
    Associations associations;

    private Long id;
    private MaterialForm form;
    private List<AssociationView> associationList;

    public void load() {
        if (form == null) {
            form = id == null ? authoring.blankForm() : authoring.form(id);
        }
    }

    public void save() throws IOException {
        boolean creating = id == null;
        if (FacesForms.submit("material", () -> {
            if (creating) {
                id = authoring.create(form);
            } else {
                authoring.update(id, form);
            }
        })) {
            FacesForms.info("material.saved");
            FacesForms.redirectTo("/library/material.xhtml?id=" + id);
        }
    }

    public MaterialType[] getTypes() {
        return MaterialType.values();
    }

    public List<AssociationView> getAssociations() {
        if (associationList == null) {
            associationList = associations.all();
        }
        return associationList;
    }

    /** The academic years one can choose: from five years back to next year, by their first calendar year. */
    public List<Integer> getYears() {
        if (years == null) {
            int current = authoring.blankForm().getAcademicYear();
            years = IntStream.rangeClosed(current - 5, current + 1).boxed().sorted((a, b) -> b - a).toList();
        }
        return years;
    }

    private List<Integer> years;


    public boolean isEditing() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MaterialForm getForm() {
        return form;
    }
}
