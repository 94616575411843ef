package kz.rudny.cabinet.library.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import kz.rudny.cabinet.library.catalogue.entity.CatalogueTitle;
import kz.rudny.cabinet.library.corners.entity.Corner;
import kz.rudny.cabinet.library.exchange.entity.DistrictShare;
import kz.rudny.cabinet.library.materials.boundary.ShareState;
import kz.rudny.cabinet.library.materials.entity.Material;
import kz.rudny.cabinet.library.search.control.DocumentKind;
import kz.rudny.cabinet.library.search.control.Facet;
import kz.rudny.cabinet.library.search.control.FacetCount;
import kz.rudny.cabinet.library.search.control.SearchHit;
import kz.rudny.cabinet.library.search.control.SearchIndex;
import kz.rudny.cabinet.library.search.control.SearchRequest;
import kz.rudny.cabinet.library.search.control.SearchResult;
import kz.rudny.cabinet.library.search.control.SearchScope;

/**
 * Full-text search over the library: the caller's school (catalogue titles and published materials) or the
 * district's shared best practice (every school's shared materials, with their school). The index answers
 * with ids; each hit is read back through the tenant filter (school) or from the district's share records, so
 * a stale index entry can never show what the database does not allow.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST, Role.DISTRICT_METHODOLOGIST,
        Role.DISTRICT_ADMINISTRATOR})
@Transactional
public class LibrarySearch {

    @PersistenceContext(unitName = "library")
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    SearchIndex index;

    @Inject
    CurrentCaller caller;

    @Inject
    Subjects subjects;

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
        EntityManager data = tenancy.schoolData(em);
        Map<Long, Material> materials = new HashMap<>();
        Map<Long, CatalogueTitle> titles = new HashMap<>();
        List<Long> materialIds = hits.stream().filter(h -> h.kind() == DocumentKind.MATERIAL).map(SearchHit::id).toList();
        List<Long> titleIds = hits.stream().filter(h -> h.kind() == DocumentKind.TITLE).map(SearchHit::id).toList();
        if (!materialIds.isEmpty()) {
            data.createQuery("SELECT m FROM Material m WHERE m.id IN :ids AND m.status = "
                    + "kz.rudny.cabinet.library.materials.boundary.MaterialStatus.PUBLISHED", Material.class)
                    .setParameter("ids", materialIds).getResultList().forEach(m -> materials.put(m.getId(), m));
        }
        if (!titleIds.isEmpty()) {
            data.createQuery("SELECT t FROM CatalogueTitle t WHERE t.id IN :ids", CatalogueTitle.class)
                    .setParameter("ids", titleIds).getResultList().forEach(t -> titles.put(t.getId(), t));
        }
        List<Found> items = new ArrayList<>();
        for (SearchHit h : hits) {
            if (h.kind() == DocumentKind.MATERIAL && materials.containsKey(h.id())) {
                Material m = materials.get(h.id());
                items.add(new Found(FoundKind.MATERIAL, h.schoolId(), m.getId(), null, m.title(reader),
                        m.getType().name(), m.getAuthorName(), null, false, fragments(h)));
            } else if (h.kind() == DocumentKind.TITLE && titles.containsKey(h.id())) {
                CatalogueTitle t = titles.get(h.id());
                items.add(new Found(FoundKind.TITLE, h.schoolId(), t.getId(), null, t.getTitle(), t.getType().name(),
                        t.getAuthors(), null, false, fragments(h)));
            }
        }
        return items;
    }

    private List<Found> sharedItems(List<SearchHit> hits, Language reader) {
        if (hits.isEmpty()) {
            return List.of();
        }
        Map<String, DistrictShare> live = new HashMap<>();
        em.createQuery("SELECT s FROM DistrictShare s WHERE s.originSchoolId IN :schools AND s.materialId IN :ids "
                + "AND s.state IN :live", DistrictShare.class)
                .setParameter("schools", hits.stream().map(SearchHit::schoolId).distinct().toList())
                .setParameter("ids", hits.stream().map(SearchHit::id).distinct().toList())
                .setParameter("live", List.of(ShareState.SHARED, ShareState.FEATURED))
                .getResultList().forEach(s -> live.put(s.getOriginSchoolId() + ":" + s.getMaterialId(), s));
        List<Found> items = new ArrayList<>();
        for (SearchHit h : hits) {
            DistrictShare s = live.get(h.schoolId() + ":" + h.id());
            if (s != null) {
                items.add(new Found(FoundKind.MATERIAL, s.getOriginSchoolId(), s.getMaterialId(), s.getId(),
                        s.title(reader), s.getType().name(), s.getAuthorName(), s.getSchoolName(),
                        s.getState() == ShareState.FEATURED, fragments(h)));
            }
        }
        return items;
    }

    private Map<SearchFacet, List<FacetValue>> facets(SearchResult result, Language reader, boolean district) {
        Map<String, String> subjectNames = new HashMap<>();
        for (SubjectView s : subjects.all(reader)) {
            subjectNames.put(Long.toString(s.id()), s.name());
        }
        Map<String, String> cornerNames = new HashMap<>();
        Map<String, String> schoolNames = new HashMap<>();
        if (district) {
            em.createQuery("SELECT DISTINCT s.originSchoolId, s.schoolName FROM DistrictShare s", Object[].class)
                    .getResultList().forEach(r -> schoolNames.put(r[0].toString(), (String) r[1]));
        } else {
            tenancy.schoolData(em).createQuery("SELECT c FROM Corner c", Corner.class).getResultList()
                    .forEach(c -> cornerNames.put(c.getId().toString(),
                            c.getName() != null ? c.getName() : "seed." + c.getSeed().name()));
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

    private static List<Fragment> fragments(SearchHit h) {
        return h.snippet().stream().map(p -> new Fragment(p.text(), p.match())).toList();
    }
}
