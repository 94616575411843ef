package kz.rudny.cabinet.domain.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import kz.rudny.cabinet.domain.audit.boundary.AuditChangeView;
import kz.rudny.cabinet.domain.audit.boundary.AuditValueKind;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One field of an audit entry: which, and its value before and after. Written once, never changed. School-scoped. */
@Entity
@Table(name = "AUDIT_CHANGE")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = jakarta.persistence.DiscriminatorType.INTEGER)
public class AuditChange {

    private static final int MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ENTRY_ID", nullable = false, updatable = false)
    private AuditEntry auditEntry;

    @Column(name = "FIELD_ORDER", nullable = false, updatable = false)
    private int fieldOrder;

    @Column(name = "FIELD_KEY", nullable = false, length = 60, updatable = false)
    private String field;

    @Enumerated(EnumType.STRING)
    @Column(name = "VALUE_KIND", nullable = false, length = 20, updatable = false)
    private AuditValueKind kind;

    @Column(name = "WAS_CHANGED", nullable = false, updatable = false)
    private boolean changed;

    @Column(name = "OLD_VALUE", length = MAX, updatable = false)
    private String before;

    @Column(name = "NEW_VALUE", length = MAX, updatable = false)
    private String after;

    protected AuditChange() {
    }

    public AuditChange(AuditEntry entry, int position, AuditChangeView change) {
        this.auditEntry = entry;
        this.fieldOrder = position;
        this.field = change.field();
        this.kind = change.kind();
        this.changed = change.changed();
        this.before = cut(change.before());
        this.after = cut(change.after());
    }

    private static String cut(String value) {
        return value == null || value.length() <= MAX ? value : value.substring(0, MAX - 1) + "…";
    }

    public AuditEntry getAuditEntry() {
        return auditEntry;
    }

    public AuditChangeView view() {
        return new AuditChangeView(field, kind, changed, before, after);
    }
}
