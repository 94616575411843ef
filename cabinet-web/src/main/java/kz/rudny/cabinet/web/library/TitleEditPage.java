package kz.rudny.cabinet.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import kz.rudny.cabinet.library.catalogue.boundary.Catalogue;
import kz.rudny.cabinet.library.catalogue.boundary.HoldingType;
import kz.rudny.cabinet.library.catalogue.boundary.TitleForm;
import kz.rudny.cabinet.web.support.FacesForms;

/** The school methodologist adds a title with its copies, or edits one ({@code ?id=}). */
@Named
@ViewScoped
public class TitleEditPage implements Serializable {

    @Inject
    Catalogue catalogue;

    private Long id;
    private TitleForm form;
    private String inventoryNumbers;

    public void load() {
        if (form == null) {
            form = id == null ? new TitleForm() : catalogue.form(id);
        }
    }

    public void save() throws IOException {
        boolean creating = id == null;
        List<String> numbers = inventoryNumbers == null ? List.of()
                : Arrays.asList(inventoryNumbers.split("[,;\\s]+"));
        if (FacesForms.submit("title", () -> {
            if (creating) {
                id = catalogue.create(form, numbers);
            } else {
                catalogue.update(id, form);
            }
        })) {
            FacesForms.info("title.saved");
            FacesForms.redirectTo("/library/title.xhtml?id=" + id);
        }
    }

    public HoldingType[] getTypes() {
        return HoldingType.values();
    }

    public boolean isEditing() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TitleForm getForm() {
        return form;
    }

    public String getInventoryNumbers() {
        return inventoryNumbers;
    }

    public void setInventoryNumbers(String inventoryNumbers) {
        this.inventoryNumbers = inventoryNumbers;
    }
}
