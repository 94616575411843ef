package kz.rudny.cabinet.domain.lessonanalysis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.TemplateView;
import kz.rudny.cabinet.domain.lessonanalysis.entity.AnalysisTemplate;
import kz.rudny.cabinet.domain.lessonanalysis.entity.TemplateItem;
import kz.rudny.cabinet.domain.tenancy.Tenancy;

/** The templates of the current school, through {@link Tenancy#schoolData()}: another school's do not exist. */
@ApplicationScoped
public class TemplateRecords {

    public static final String RECORD = "AnalysisTemplate";

    @Inject
    Tenancy tenancy;

    public List<AnalysisTemplate> all() {
        return tenancy.schoolData().createQuery("SELECT t FROM AnalysisTemplate t ORDER BY t.name, t.id",
                AnalysisTemplate.class).getResultList();
    }

    public AnalysisTemplate find(long id) {
        AnalysisTemplate t = tenancy.schoolData().find(AnalysisTemplate.class, id);
        if (t == null) {
            throw new NotFoundException(RECORD, id);
        }
        return t;
    }

    public AnalysisTemplate create(String name, String language) {
        AnalysisTemplate t = new AnalysisTemplate(name, language);
        tenancy.schoolData().persist(t);
        return t;
    }

    /** Replaces the template's criteria with the sections' (numbered from 1, in order). */
    public void replaceItems(AnalysisTemplate t, List<TemplateView.Section> sections) {
        t.items().clear();
        tenancy.schoolData().flush();
        int position = 1;
        for (int s = 0; s < sections.size(); s++) {
            for (String criterion : sections.get(s).criteria()) {
                t.items().add(new TemplateItem(t, position++, s + 1, sections.get(s).title(), criterion));
            }
        }
        tenancy.schoolData().flush();
    }

    /** The template as read, its flat criteria grouped back into sections. */
    public static TemplateView view(AnalysisTemplate t) {
        List<TemplateView.Section> sections = new ArrayList<>();
        int current = -1;
        List<String> criteria = null;
        for (TemplateItem item : t.items()) {
            if (item.getSectionNo() != current) {
                current = item.getSectionNo();
                criteria = new ArrayList<>();
                sections.add(new TemplateView.Section(item.getSectionTitle(), criteria));
            }
            criteria.add(item.getCriterion());
        }
        return new TemplateView(t.getId(), t.getName(), t.getLanguageCode(),
                sections.stream().map(s -> new TemplateView.Section(s.title(), List.copyOf(s.criteria()))).toList());
    }
}
