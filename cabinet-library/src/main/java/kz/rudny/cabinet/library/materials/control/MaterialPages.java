package kz.rudny.cabinet.library.materials.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import kz.rudny.cabinet.domain.paging.Page;
import kz.rudny.cabinet.domain.paging.PageRequest;
import kz.rudny.cabinet.domain.paging.SortKeys;
import kz.rudny.cabinet.library.materials.boundary.MaterialSummary;
import kz.rudny.cabinet.library.materials.entity.Material;

/** A page of the school's materials as lists show them, newest change first unless sorted otherwise. */
@ApplicationScoped
public class MaterialPages {

    private static final SortKeys SORT = new SortKeys(Map.of("updatedAt", "m.updatedAt", "status", "m.status",
            "type", "m.type"), "m.updatedAt DESC, m.id DESC");

    @Inject
    Shelf shelf;

    /** {@code where} is a JPQL condition on {@code m}; {@code params} sets its parameters on both queries. */
    public Page<MaterialSummary> page(String where, PageRequest request, UnaryOperator<TypedQuery<?>> params) {
        EntityManager em = shelf.data();
        var query = em.createQuery("SELECT m FROM Material m " + where + SORT.orderBy(request), Material.class);
        var count = em.createQuery("SELECT COUNT(m) FROM Material m " + where, Long.class);
        params.apply(query);
        params.apply(count);
        List<MaterialSummary> rows = query.setFirstResult(request.first()).setMaxResults(request.size())
                .getResultStream().map(m -> new MaterialSummary(m.getId(), m.title(null), m.getType(), m.getAuthorName(),
                        m.getStatus(), m.getUpdatedAt(), m.currentFiles().size())).toList();
        return new Page<>(rows, count.getSingleResult());
    }
}
