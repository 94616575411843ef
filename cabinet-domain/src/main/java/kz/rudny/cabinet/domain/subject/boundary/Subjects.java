package kz.rudny.cabinet.domain.subject.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.subject.entity.Subject;

/** The district's list of subjects. */
@ApplicationScoped
@Allowed
public class Subjects {

    @PersistenceContext(unitName = "cabinet")
    EntityManager em;

    public List<SubjectView> all(Language language) {
        Collator collator = Collator.getInstance(language.locale());
        return em.createNamedQuery(Subject.ALL, Subject.class).getResultStream()
                .map(s -> new SubjectView(s.getId(), s.getCode(), s.name(language)))
                .sorted(Comparator.comparing(SubjectView::name, collator))
                .toList();
    }
}
