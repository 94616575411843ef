package kz.rudny.cabinet.domain.tenancy;

/** Constants shared by every school-scoped entity mapping. */
public final class SchoolScoped {
    /** The EclipseLink context property that carries the tenant; set only by {@link Tenancy}. */
    public static final String TENANT_PROPERTY = "eclipselink.tenant-id";
    /**
     * The EclipseLink context property that says whose eyes read a town-level table (an event open to the town,
     * its registrations): the caller's school, or {@link #DISTRICT} for district people. Town-level entities filter
     * by it with {@code @AdditionalCriteria}, as school-scoped ones by the tenant (a JPQL parameter name, so no dots);
     * set only by {@link Tenancy}.
     */
    public static final String VIEWER_PROPERTY = "cabinetViewerSchool";
    /** The viewer of district people, who belong to no school. */
    public static final long DISTRICT = 0L;
    /** The discriminator column every school-scoped table has. */
    public static final String COLUMN = "SCHOOL_ID";

    private SchoolScoped() {
    }
}
