package kz.rudny.cabinet.web.library;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.rudny.cabinet.domain.calendar.PaperDates;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.library.corners.boundary.CornerItemView;
import kz.rudny.cabinet.library.corners.boundary.CornerView;
import kz.rudny.cabinet.library.corners.boundary.Corners;
import kz.rudny.cabinet.library.search.boundary.Found;
import kz.rudny.cabinet.library.search.boundary.FoundKind;
import kz.rudny.cabinet.library.search.boundary.LibrarySearch;
import kz.rudny.cabinet.library.search.boundary.SearchFacet;
import kz.rudny.cabinet.library.search.boundary.SearchQuery;
import kz.rudny.cabinet.web.layout.LanguageChoice;
import kz.rudny.cabinet.web.support.FacesForms;
import kz.rudny.cabinet.web.support.Texts;

/**
 * The corners of the school library, in the methodologist's order, with their materials (pinned first). The
 * school methodologist adds, renames, orders and deletes the school's own corners, places published materials
 * in any corner (everyday items until a date), pins, orders and removes them; expired items stay visible to
 * the methodologist only, greyed.
 */
@Named
@ViewScoped
public class CornersPage implements Serializable {

    private static final int SUGGESTIONS = 15;

    @Inject
    Corners corners;

    @Inject
    LibrarySearch search;

    @Inject
    CurrentCaller caller;

    @Inject
    LanguageChoice language;

    private List<CornerView> list;
    private final Map<Long, LocalDate> expiry = new HashMap<>();

    private String newName;
    private String newDescription;

    private Long renaming;
    private long renamingVersion;
    private String renameName;
    private String renameDescription;

    private Long addCorner;
    private Found addMaterial;
    private LocalDate addExpiresOn;
    /** The materials last suggested, by id, so the picked one is read back from what was offered. */
    private final Map<Long, Found> suggested = new LinkedHashMap<>();

    public void load() {
        if (list == null) {
            reload();
        }
    }

    private void reload() {
        list = corners.all(language.current(), isCurator());
        expiry.clear();
        list.forEach(c -> c.items().forEach(i -> expiry.put(i.id(), i.expiresOn())));
    }

    public boolean isCurator() {
        return caller.has(Role.SCHOOL_METHODOLOGIST);
    }

    /** A seed corner's name from the bundles in the reader's language; a school's own corner's as typed. */
    public String name(CornerView c) {
        return c.seed() != null ? Texts.ui("corner." + c.seed().name() + ".name") : c.name();
    }

    public String description(CornerView c) {
        return c.seed() != null ? Texts.ui("corner." + c.seed().name() + ".description") : c.description();
    }

    /** "until 30.06.2027" in the reader's word order. */
    public String until(LocalDate date) {
        return date == null ? "" : Texts.ui("corners.until", date.format(PaperDates.DAY));
    }

    public String typeLabel(Object type) {
        return type == null ? "" : Texts.ui("materialType." + type);
    }

    // --- corners ---

    public void create() {
        if (LibraryForms.submit("newCorner", Map.of("name", "name", "description", "description"),
                () -> corners.create(newName, newDescription))) {
            FacesForms.info("corners.created");
            newName = null;
            newDescription = null;
        }
        reload();
    }

    public void startRename(long cornerId) {
        list.stream().filter(c -> c.id() == cornerId && c.seed() == null).findFirst().ifPresent(c -> {
            renaming = c.id();
            renamingVersion = c.version();
            renameName = c.name();
            renameDescription = c.description();
        });
    }

    public void rename() {
        if (renaming == null) {
            return;
        }
        long id = renaming;
        if (LibraryForms.submit("rename", () -> corners.rename(id, renamingVersion, renameName, renameDescription))) {
            FacesForms.info("corners.renamed");
            renaming = null;
        }
        reload();
    }

    public void delete(long cornerId) {
        if (LibraryForms.submit("corners", () -> corners.delete(cornerId))) {
            FacesForms.info("corners.deleted");
        }
        reload();
    }

    public void moveCorner(long cornerId, boolean up) {
        LibraryForms.submit("corners", () -> corners.moveCorner(cornerId, up));
        reload();
    }

    // --- items ---

    public void pin(long itemId, boolean pinned) {
        LibraryForms.submit("corners", () -> corners.pin(itemId, pinned));
        reload();
    }

    public void moveItem(long itemId, boolean up) {
        LibraryForms.submit("corners", () -> corners.moveItem(itemId, up));
        reload();
    }

    public void removeItem(long itemId) {
        if (LibraryForms.submit("corners", () -> corners.removeItem(itemId))) {
            FacesForms.info("corners.itemRemoved");
        }
        reload();
    }

    public void saveExpiry(long itemId) {
        LocalDate date = expiry.get(itemId);
        long version = list.stream().flatMap(c -> c.items().stream()).filter(i -> i.id() == itemId).findFirst()
                .map(CornerItemView::version).orElse(-1L); // an item this view never showed is refused as changed
        boolean saved = LibraryForms.submit("corners", () -> corners.setExpiry(itemId, version, date));
        reload();
        if (saved) {
            FacesForms.info("corners.expirySaved");
        } else {
            expiry.put(itemId, date); // the corners as they are now, with the date the person typed
        }
    }

    /** The published materials of the school whose words match what is typed, newest first when nothing is. */
    public List<Found> complete(String typed) {
        List<Found> found = search.search(new SearchQuery(typed == null ? "" : typed.strip(), false,
                Map.of(SearchFacet.KIND, Set.of(FoundKind.MATERIAL.name())), 0, SUGGESTIONS), language.current())
                .items().stream().filter(f -> f.kind() == FoundKind.MATERIAL).toList();
        found.forEach(f -> suggested.put(f.id(), f));
        return found;
    }

    public void add() {
        if (addCorner == null) {
            LibraryForms.required("add", "corner");
            return;
        }
        if (addMaterial == null) {
            LibraryForms.required("add", "material");
            return;
        }
        boolean expires = list.stream().anyMatch(c -> c.id() == addCorner && c.itemsExpire());
        if (expires && addExpiresOn == null) {
            FacesForms.fieldError("add", "expiresOn", LibraryForms.text("corner.expiryRequired"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        long cornerId = addCorner;
        long materialId = addMaterial.id();
        LocalDate until = expires ? addExpiresOn : null;
        if (LibraryForms.submit("add", Map.of("materialId", "material", "cornerId", "corner"),
                () -> corners.addItem(cornerId, materialId, until))) {
            FacesForms.info("corners.itemAdded");
            addMaterial = null;
            addExpiresOn = null;
        }
        reload();
    }

    public boolean isAddNeedsExpiry() {
        return addCorner != null && list != null && list.stream().anyMatch(c -> c.id() == addCorner && c.itemsExpire());
    }

    /** Turns a picked suggestion into its id and back, from the suggestions this view made. */
    public Converter<Found> getMaterialConverter() {
        return new MaterialConverter(suggested);
    }

    static final class MaterialConverter implements Converter<Found>, Serializable {
        private final Map<Long, Found> suggested;

        MaterialConverter(Map<Long, Found> suggested) {
            this.suggested = suggested;
        }

        @Override
        public Found getAsObject(FacesContext context, UIComponent component, String value) {
            try {
                return value == null || value.isBlank() ? null : suggested.get(Long.parseLong(value.strip()));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Found value) {
            return value == null ? "" : Long.toString(value.id());
        }
    }

    // --- state ---

    public List<CornerView> getList() {
        return list;
    }

    public Map<Long, LocalDate> getExpiry() {
        return expiry;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewDescription() {
        return newDescription;
    }

    public void setNewDescription(String newDescription) {
        this.newDescription = newDescription;
    }

    public Long getRenaming() {
        return renaming;
    }

    public String getRenameName() {
        return renameName;
    }

    public void setRenameName(String renameName) {
        this.renameName = renameName;
    }

    public String getRenameDescription() {
        return renameDescription;
    }

    public void setRenameDescription(String renameDescription) {
        this.renameDescription = renameDescription;
    }

    public Long getAddCorner() {
        return addCorner;
    }

    public void setAddCorner(Long addCorner) {
        this.addCorner = addCorner;
    }

    public Found getAddMaterial() {
        return addMaterial;
    }

    public void setAddMaterial(Found addMaterial) {
        this.addMaterial = addMaterial;
    }

    public LocalDate getAddExpiresOn() {
        return addExpiresOn;
    }

    public void setAddExpiresOn(LocalDate addExpiresOn) {
        this.addExpiresOn = addExpiresOn;
    }
}
