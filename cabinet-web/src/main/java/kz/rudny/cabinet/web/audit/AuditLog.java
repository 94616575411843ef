package kz.rudny.cabinet.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.audit.boundary.AuditEntryView;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.domain.subject.boundary.SubjectView;
import kz.rudny.cabinet.domain.subject.boundary.Subjects;
import kz.rudny.cabinet.web.layout.LanguageChoice;
import kz.rudny.cabinet.web.support.LazyPage;

/** The school's audit trail, newest first, paged on the server, in the reader's language. */
@Named
@ViewScoped
public class AuditLog implements Serializable {

    @Inject
    AuditTrail audit;

    @Inject
    Subjects subjects;

    @Inject
    LanguageChoice language;

    private LazyPage<AuditEntryView> rows;
    private transient AuditTexts texts;

    @PostConstruct
    void init() {
        AuditTrail boundary = audit;
        rows = new LazyPage<>(boundary::page, AuditEntryView::id);
    }

    public LazyPage<AuditEntryView> getRows() {
        return rows;
    }

    /** What the entry changed, one line per field. */
    public List<String> lines(AuditEntryView entry) {
        if (texts == null) {
            Map<Long, String> names = new HashMap<>();
            subjects.all(language.current()).forEach((SubjectView s) -> names.put(s.id(), s.name()));
            texts = new AuditTexts(language.getLocale(), names);
        }
        return texts.lines(entry);
    }
}
