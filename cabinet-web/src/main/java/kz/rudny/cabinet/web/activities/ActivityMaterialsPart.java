package kz.rudny.cabinet.web.activities;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.events.activities.boundary.ActivityMaterials;
import kz.rudny.cabinet.events.activities.boundary.LinkedMaterialKind;
import kz.rudny.cabinet.events.activities.boundary.LinkedMaterialView;
import kz.rudny.cabinet.library.exchange.boundary.DistrictExchange;
import kz.rudny.cabinet.library.exchange.boundary.SharedMaterialView;
import kz.rudny.cabinet.library.materials.boundary.MaterialCard;
import kz.rudny.cabinet.library.materials.boundary.PublishedMaterials;
import kz.rudny.cabinet.library.materials.boundary.ShareState;
import kz.rudny.cabinet.library.search.boundary.Found;
import kz.rudny.cabinet.library.search.boundary.LibrarySearch;
import kz.rudny.cabinet.library.search.boundary.SearchFacet;
import kz.rudny.cabinet.library.search.boundary.SearchQuery;
import kz.rudny.cabinet.web.layout.LanguageChoice;
import kz.rudny.cabinet.web.support.FacesForms;
import kz.rudny.cabinet.web.support.Texts;

/**
 * The library part of an event's page: the library materials linked to the event, each shown only when the library
 * lets the viewer open it (a school material: published, of the viewer's school; a district copy: not withdrawn),
 * asked with the viewer's own rights; the organiser also sees the ones gone from the library, to unlink them. The
 * organiser and presenters find a material by words (the school's library for a school's own event, the district's
 * shared best practice for any) and link it. The events module stores only the kind, id and title.
 */
@Named
@ViewScoped
public class ActivityMaterialsPart implements Serializable {

    private static final int HITS = 10;

    @Inject
    ActivityMaterials activityMaterials;

    @Inject
    PublishedMaterials published;

    @Inject
    DistrictExchange exchange;

    @Inject
    LibrarySearch search;

    @Inject
    LanguageChoice language;

    @Inject
    ActivityPage page;

    /** A linked material as the viewer sees it: where it opens, or null when it is gone for the viewer. */
    public record Shown(LinkedMaterialView link, String title, String href, boolean shared) implements Serializable {
    }

    /** A search hit that can be linked. */
    public record Candidate(LinkedMaterialKind kind, long ref, String title, String source) implements Serializable {
    }

    private List<Shown> shown;
    private Boolean mayLink;
    private Boolean schoolMaterials;
    private String words;
    private boolean district;
    private List<Candidate> candidates;

    private void read() {
        long id = page.getId();
        mayLink = activityMaterials.mayLink(id);
        schoolMaterials = activityMaterials.takesSchoolMaterials(id);
        Language reader = language.current();
        List<LinkedMaterialView> links = activityMaterials.of(id);
        Map<Long, MaterialCard> own = new HashMap<>();
        List<Long> ownIds = links.stream().filter(l -> l.kind() == LinkedMaterialKind.SCHOOL_MATERIAL)
                .map(LinkedMaterialView::materialRef).toList();
        if (!ownIds.isEmpty()) {
            published.published(ownIds, reader).forEach(c -> own.put(c.id(), c));
        }
        shown = new ArrayList<>();
        for (LinkedMaterialView l : links) {
            Shown s = l.kind() == LinkedMaterialKind.SCHOOL_MATERIAL ? ownMaterial(l, own.get(l.materialRef()))
                    : share(l, reader);
            if (s.href() != null || l.removable()) {
                shown.add(s);
            }
        }
    }

    private static Shown ownMaterial(LinkedMaterialView l, MaterialCard card) {
        return card == null ? new Shown(l, l.title(), null, false)
                : new Shown(l, card.title(), "/library/material.xhtml?id=" + card.id(), false);
    }

    private Shown share(LinkedMaterialView l, Language reader) {
        try {
            SharedMaterialView v = exchange.view(l.materialRef());
            if (v.state() != ShareState.WITHDRAWN) {
                return new Shown(l, v.title(reader), "/exchange/material.xhtml?id=" + v.shareId(), true);
            }
        } catch (NotFoundException gone) {
            // withdrawn or unknown for this viewer: shown to those who may unlink it only
        }
        return new Shown(l, l.title(), null, true);
    }

    /** Finds materials by words: the school's published ones, or the district's shared best practice. */
    public void find() {
        if (words == null || words.isBlank()) {
            FacesForms.fieldError("linking", "words", Texts.validation("field.required"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        boolean inDistrict = district || !isSchoolMaterials();
        Map<SearchFacet, Set<String>> filters = inDistrict ? Map.of()
                : Map.of(SearchFacet.KIND, Set.of("MATERIAL"));
        List<Found> found = search.search(new SearchQuery(words, inDistrict, filters, 0, HITS), language.current())
                .items();
        candidates = found.stream().map(f -> inDistrict
                ? new Candidate(LinkedMaterialKind.DISTRICT_SHARE, f.shareId(), f.title(), f.schoolName())
                : new Candidate(LinkedMaterialKind.SCHOOL_MATERIAL, f.id(), f.title(), f.byline())).toList();
        if (candidates.isEmpty()) {
            FacesForms.fieldError("linking", "words", Texts.ui("activity.material.noHits"));
        }
    }

    /** Links a found material; the library is asked again, with the caller's rights, that it may be opened. */
    public void link(Candidate c) {
        String title = c.title();
        try {
            title = c.kind() == LinkedMaterialKind.DISTRICT_SHARE ? exchange.view(c.ref()).title(language.current())
                    : published.card(c.ref(), language.current()).title();
        } catch (NotFoundException gone) {
            FacesForms.fieldError("linking", "words", Texts.validation("activity.material.unknown"));
            return;
        }
        String kept = title;
        if (FacesForms.submit("linking", () -> activityMaterials.link(page.getId(), c.kind(), c.ref(), kept))) {
            FacesForms.info("activity.material.linked");
            candidates = null;
            words = null;
            read();
        }
    }

    public void unlink(long linkId) {
        if (FacesForms.submit("eventMaterials", () -> activityMaterials.unlink(page.getId(), linkId))) {
            FacesForms.info("activity.material.unlinked");
            read();
        }
    }

    public List<Shown> getShown() {
        if (shown == null) {
            read();
        }
        return shown;
    }

    public boolean isMayLink() {
        if (mayLink == null) {
            read();
        }
        return mayLink;
    }

    public boolean isSchoolMaterials() {
        if (schoolMaterials == null) {
            read();
        }
        return schoolMaterials;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public boolean isDistrict() {
        return district;
    }

    public void setDistrict(boolean district) {
        this.district = district;
    }

    public List<Candidate> getCandidates() {
        return candidates;
    }
}
