package kz.rudny.cabinet.library.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.domain.subject.boundary.SubjectView;
import kz.rudny.cabinet.domain.subject.boundary.Subjects;
import kz.rudny.cabinet.domain.tenancy.Tenancy;
import kz.rudny.cabinet.library.catalogue.boundary.Catalogue;
import kz.rudny.cabinet.library.catalogue.boundary.TitleSummary;
import kz.rudny.cabinet.library.corners.boundary.Corners;
import kz.rudny.cabinet.library.exchange.boundary.DistrictExchange;
import kz.rudny.cabinet.library.exchange.boundary.SharedMaterialView;
import kz.rudny.cabinet.library.index.boundary.DocumentKind;
import kz.rudny.cabinet.library.index.boundary.Facet;
import kz.rudny.cabinet.library.index.boundary.FacetCount;
import kz.rudny.cabinet.library.index.boundary.SearchHit;
import kz.rudny.cabinet.library.index.boundary.SearchIndex;
import kz.rudny.cabinet.library.index.boundary.SearchRequest;
import kz.rudny.cabinet.library.index.boundary.SearchResult;
import kz.rudny.cabinet.library.index.boundary.SearchScope;
import kz.rudny.cabinet.library.materials.boundary.MaterialCard;
import kz.rudny.cabinet.library.materials.boundary.PublishedMaterials;
import kz.rudny.cabinet.library.materials.boundary.ShareState;

/**
 * Full-text search over the library: the caller's school (catalogue titles and published materials) or the
 * district's shared best practice (every school's shared materials, with their school). The index answers
 * with ids; each hit is read back through the boundary of the feature that owns it (the catalogue, the
 * materials through the tenant filter, the exchange's share records), so a stale index entry can never show
 * what the database does not allow.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST, Role.DISTRICT_METHODOLOGIST,
        Role.DISTRICT_ADMINISTRATOR})
@Transactional
public class LibrarySearch {

    @Inject
    Tenancy tenancy;

    @Inject
    SearchIndex index;

    @Inject
    CurrentCaller caller;

    @Inject
    Subjects subjects;

    @Inject
    Catalogue catalogue;

    @Inject
    PublishedMaterials materials;

    @Inject
    DistrictExchange exchange;

    @Inject
    Corners corners;

    public SearchAnswer search(@NotNull SearchQuery query, @NotNull Language reader) {
        boolean district = query.district() || !caller.isSchoolPerson();
        SearchScope scope = district ? new SearchScope.District()
                : new SearchScope.School(tenancy.currentSchool().orElseThrow());
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        Set<DocumentKind> kinds = new HashSet<>();
        query.filters().forEach((facet, values) -> {
            if (facet == SearchFacet.KIND) {
                values.forEach(v -> kinds.add(DocumentKind.valueOf(v)));
            } else if (!values.isEmpty()) {
                filters.put(Facet.valueOf(facet.name()), values);
            }
        });
        if (district) {
            kinds.clear();
            kinds.add(DocumentKind.MATERIAL);
        }
        SearchResult result = index.search(new SearchRequest(scope, query.text(), kinds, filters, query.first(),
                query.size()));
        List<Found> items = district ? sharedItems(result.hits(), reader) : schoolItems(result.hits(), reader);
        return new SearchAnswer(items, result.total(), facets(result, reader, district));
    }

    private List<Found> schoolItems(List<SearchHit> hits, Language reader) {
        Map<Long, MaterialCard> found = new HashMap<>();
        materials.published(ids(hits, DocumentKind.MATERIAL), reader).forEach(m -> found.put(m.id(), m));
        Map<Long, TitleSummary> titles = new HashMap<>();
        List<Long> titleIds = ids(hits, DocumentKind.TITLE);
        if (!titleIds.isEmpty()) {
            catalogue.summaries(titleIds).forEach(t -> titles.put(t.id(), t));
        }
        List<Found> items = new ArrayList<>();
        for (SearchHit h : hits) {
            if (h.kind() == DocumentKind.MATERIAL && found.containsKey(h.id())) {
                MaterialCard m = found.get(h.id());
                items.add(new Found(FoundKind.MATERIAL, h.schoolId(), m.id(), null, m.title(), m.type().name(),
                        m.authorName(), null, false, fragments(h)));
            } else if (h.kind() == DocumentKind.TITLE && titles.containsKey(h.id())) {
                TitleSummary t = titles.get(h.id());
                items.add(new Found(FoundKind.TITLE, h.schoolId(), t.id(), null, t.title(), t.type().name(),
                        t.authors(), null, false, fragments(h)));
            }
        }
        return items;
    }

    private static List<Long> ids(List<SearchHit> hits, DocumentKind kind) {
        return hits.stream().filter(h -> h.kind() == kind).map(SearchHit::id).toList();
    }

    private List<Found> sharedItems(List<SearchHit> hits, Language reader) {
        if (hits.isEmpty()) {
            return List.of();
        }
        Map<String, SharedMaterialView> live = new HashMap<>();
        exchange.live(hits.stream().map(SearchHit::schoolId).distinct().toList(),
                        hits.stream().map(SearchHit::id).distinct().toList())
                .forEach(s -> live.put(s.schoolId() + ":" + s.materialId(), s));
        List<Found> items = new ArrayList<>();
        for (SearchHit h : hits) {
            SharedMaterialView s = live.get(h.schoolId() + ":" + h.id());
            if (s != null) {
                items.add(new Found(FoundKind.MATERIAL, s.schoolId(), s.materialId(), s.shareId(), s.title(reader),
                        s.type().name(), s.authorName(), s.schoolName(), s.state() == ShareState.FEATURED,
                        fragments(h)));
            }
        }
        return items;
    }

    /** The facets' values with their labels; the labels of a facet are read only when the answer has values of it. */
    private Map<SearchFacet, List<FacetValue>> facets(SearchResult result, Language reader, boolean district) {
        Map<String, String> subjectNames = new HashMap<>();
        if (has(result, Facet.SUBJECT)) {
            for (SubjectView s : subjects.all(reader)) {
                subjectNames.put(Long.toString(s.id()), s.name());
            }
        }
        Map<String, String> cornerNames = new HashMap<>();
        Map<String, String> schoolNames = new HashMap<>();
        if (district && has(result, Facet.SCHOOL)) {
            exchange.schoolNames().forEach((id, name) -> schoolNames.put(id.toString(), name));
        } else if (!district && has(result, Facet.CORNER)) {
            corners.labels().forEach((id, label) -> cornerNames.put(id.toString(), label));
        }
        Map<SearchFacet, List<FacetValue>> facets = new EnumMap<>(SearchFacet.class);
        result.facets().forEach((facet, counts) -> {
            if ((facet == Facet.SCHOOL && !district) || (facet == Facet.CORNER && district)
                    || (facet == Facet.KIND && district)) {
                return;
            }
            Map<String, String> labels = facet == Facet.SUBJECT ? subjectNames : facet == Facet.CORNER ? cornerNames
                    : facet == Facet.SCHOOL ? schoolNames : Map.of();
            List<FacetValue> values = new ArrayList<>();
            for (FacetCount c : counts) {
                values.add(new FacetValue(c.value(), labels.get(c.value()), c.count()));
            }
            facets.put(SearchFacet.valueOf(facet.name()), values);
        });
        return facets;
    }

    private static boolean has(SearchResult result, Facet facet) {
        return !result.facets().getOrDefault(facet, List.of()).isEmpty();
    }

    private static List<Fragment> fragments(SearchHit h) {
        return h.snippet().stream().map(p -> new Fragment(p.text(), p.match())).toList();
    }
}
