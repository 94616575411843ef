package kz.rudny.cabinet.domain.tenancy;

/** Constants shared by every school-scoped entity mapping. */
public final class SchoolScoped {
    /** The EclipseLink context property that carries the tenant; set only by {@link Tenancy}. */
    public static final String TENANT_PROPERTY = "eclipselink.tenant-id";
    /** The discriminator column every school-scoped table has. */
    public static final String COLUMN = "SCHOOL_ID";

    private SchoolScoped() {
    }
}
