package kz.rudny.cabinet.library.corners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.domain.tenancy.SchoolScoped;
import kz.rudny.cabinet.library.corners.boundary.SeedCorner;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A curated collection of the school's materials: one of the seed corners or the school's own. */
@Entity
@Table(name = "CORNER")
@Multitenant
@TenantDiscriminatorColumn(name = SchoolScoped.COLUMN, contextProperty = SchoolScoped.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
public class Corner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "SEED_KIND", length = 30)
    private SeedCorner seed;

    @Column(name = "NAME", length = 200)
    private String name;

    @Column(name = "DESCRIPTION", length = 1000)
    private String description;

    @Column(name = "POSITION", nullable = false)
    private int position;

    @OneToMany(mappedBy = "corner")
    @OrderBy("pinned DESC, position ASC, id ASC")
    private List<CornerItem> items = new ArrayList<>();

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Corner() {
    }

    public static Corner seeded(SeedCorner seed, int position) {
        Corner c = new Corner();
        c.seed = seed;
        c.position = position;
        return c;
    }

    public static Corner own(String name, String description, int position) {
        Corner c = new Corner();
        c.name = name;
        c.description = description;
        c.position = position;
        return c;
    }

    public boolean itemsExpire() {
        return seed != null && seed.itemsExpire();
    }

    public void rename(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public SeedCorner getSeed() {
        return seed;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public List<CornerItem> getItems() {
        return items;
    }

    public long getVersion() {
        return version;
    }
}
