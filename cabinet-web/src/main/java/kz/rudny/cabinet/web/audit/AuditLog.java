package kz.rudny.cabinet.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kz.rudny.cabinet.domain.audit.boundary.AuditEntryView;
import kz.rudny.cabinet.domain.audit.boundary.AuditTrail;
import kz.rudny.cabinet.web.support.LazyPage;

/** The school's audit trail, newest first, paged on the server. */
@Named
@ViewScoped
public class AuditLog implements Serializable {

    @Inject
    AuditTrail audit;

    private LazyPage<AuditEntryView> rows;

    @PostConstruct
    void init() {
        AuditTrail boundary = audit;
        rows = new LazyPage<>(boundary::page, AuditEntryView::id);
    }

    public LazyPage<AuditEntryView> getRows() {
        return rows;
    }
}
