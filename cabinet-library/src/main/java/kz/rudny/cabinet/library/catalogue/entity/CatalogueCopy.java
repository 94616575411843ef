package kz.rudny.cabinet.library.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import kz.rudny.cabinet.library.catalogue.boundary.CopyCondition;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One physical copy of a title, known by its inventory number. School-scoped. */
@Entity
@Table(name = "CATALOGUE_COPY")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class CatalogueCopy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "TITLE_ID", nullable = false)
    private CatalogueTitle title;

    @Column(name = "INVENTORY_NUMBER", nullable = false, length = 40)
    private String inventoryNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "COPY_CONDITION", nullable = false, length = 20)
    private CopyCondition condition = CopyCondition.GOOD;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected CatalogueCopy() {
    }

    public CatalogueCopy(CatalogueTitle title, String inventoryNumber) {
        this.title = title;
        this.inventoryNumber = inventoryNumber;
        title.addCopy(this);
    }

    public Long getId() {
        return id;
    }

    public CatalogueTitle getTitle() {
        return title;
    }

    public String getInventoryNumber() {
        return inventoryNumber;
    }

    public CopyCondition getCondition() {
        return condition;
    }

    public void setCondition(CopyCondition condition) {
        this.condition = condition;
    }
}
