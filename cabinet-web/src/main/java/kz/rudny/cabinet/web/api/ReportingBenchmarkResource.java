package kz.rudny.cabinet.web.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.errors.AccessDeniedException;
import kz.rudny.cabinet.domain.platform.boundary.ConfigKeys;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.reporting.figures.boundary.Dashboard;
import kz.rudny.cabinet.reporting.figures.boundary.DistrictFigures;
import kz.rudny.cabinet.reporting.figures.boundary.FigureLine;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The reporting benchmark's own endpoint ({@code ./cabinet bench-reporting}; README "Reporting benchmark"), present
 * only on a server started with {@code cabinet.demo.bench-schools} (404 otherwise) and left out of the API's
 * description. For the district's people: the dashboard's figures of a whole academic year as the boundary gives them
 * ({@code figures}), the same figures counted straight from the school tables the way it would be done without the
 * read model, one SQL query per indicator over every school grouped by school ({@code direct}, with the server's time
 * of the queries), and for the district administrator the rebuild of a year ({@link Dashboard#rebuild}, timed).
 * The direct queries read every school's tables at once, which nothing else in the cabinet does: that is the point
 * of the comparison, and why the endpoint exists on a benchmark's server only.
 */
@Path("bench/reporting")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportingBenchmarkResource {

    /** Figures by line ({@code INDICATOR/key}), then by school id (as text), and the milliseconds they took. */
    public record Figures(double millis, Map<String, Map<String, Long>> lines) {
    }

    /** The rows the rebuild of a year kept and its milliseconds. */
    public record Rebuilt(int rows, double millis) {
    }

    /** One indicator's query: its line (the key column's value is added after a slash) and its parameters. */
    private record Query(String line, String sql, boolean keyed, Kind parameters) {
    }

    private enum Kind { PERIOD, AS_OF, AS_OF_AND_PERIOD_START }

    private static final String RANGE = " >= ? AND %s < ?";
    private static final String ACTIVE_STAFF = " FROM STAFF_MEMBER s JOIN ACCOUNT a ON a.ID = s.ACCOUNT_ID"
            + " WHERE a.ACTIVE = TRUE";
    private static final String GUESTS = " FROM ACTIVITY_REGISTRATION r JOIN ACTIVITY a ON a.ID = r.ACTIVITY_ID"
            + " WHERE r.STATUS = 'REGISTERED' AND r.ATTENDED = TRUE AND a.STATUS = 'HELD' AND a.STARTS_AT"
            + RANGE.formatted("a.STARTS_AT");
    private static final List<Query> QUERIES = List.of(
            new Query("MEETINGS_PLANNED", "SELECT SCHOOL_ID, COUNT(*) FROM ASSOCIATION_MEETING WHERE STARTS_AT"
                    + RANGE.formatted("STARTS_AT") + " GROUP BY SCHOOL_ID", false, Kind.PERIOD),
            new Query("MEETINGS_HELD", "SELECT SCHOOL_ID, COUNT(*) FROM ASSOCIATION_MEETING WHERE STATUS = 'HELD'"
                    + " AND STARTS_AT" + RANGE.formatted("STARTS_AT") + " GROUP BY SCHOOL_ID", false, Kind.PERIOD),
            new Query("EVENTS_HELD", "SELECT OWNER_SCHOOL_ID, KIND, COUNT(*) FROM ACTIVITY WHERE OWNER_SCHOOL_ID IS"
                    + " NOT NULL AND STATUS = 'HELD' AND STARTS_AT" + RANGE.formatted("STARTS_AT")
                    + " GROUP BY OWNER_SCHOOL_ID, KIND", true, Kind.PERIOD),
            new Query("EVENTS_BY_LEVEL", "SELECT OWNER_SCHOOL_ID, LEVEL_OF, COUNT(*) FROM ACTIVITY WHERE"
                    + " OWNER_SCHOOL_ID IS NOT NULL AND STATUS = 'HELD' AND STARTS_AT" + RANGE.formatted("STARTS_AT")
                    + " GROUP BY OWNER_SCHOOL_ID, LEVEL_OF", true, Kind.PERIOD),
            new Query("GUESTS_RECEIVED", "SELECT a.OWNER_SCHOOL_ID, COUNT(*)" + GUESTS
                    + " AND r.REGISTRANT_SCHOOL_ID <> a.OWNER_SCHOOL_ID GROUP BY a.OWNER_SCHOOL_ID", false, Kind.PERIOD),
            new Query("GUESTS_SENT", "SELECT r.REGISTRANT_SCHOOL_ID, COUNT(*)" + GUESTS
                    + " AND (a.OWNER_SCHOOL_ID IS NULL OR a.OWNER_SCHOOL_ID <> r.REGISTRANT_SCHOOL_ID)"
                    + " GROUP BY r.REGISTRANT_SCHOOL_ID", false, Kind.PERIOD),
            new Query("MATERIALS_PUBLISHED", "SELECT SCHOOL_ID, COUNT(*) FROM MATERIAL WHERE STATUS = 'PUBLISHED'"
                    + " AND PUBLISHED_AT" + RANGE.formatted("PUBLISHED_AT") + " GROUP BY SCHOOL_ID", false, Kind.PERIOD),
            new Query("TEACHERS_BY_EDUCATION", "SELECT s.SCHOOL_ID, COALESCE(s.EDUCATION, 'NONE'), COUNT(*)"
                    + ACTIVE_STAFF + " GROUP BY s.SCHOOL_ID, COALESCE(s.EDUCATION, 'NONE')", true, null),
            new Query("TEACHERS_BY_CATEGORY", "SELECT s.SCHOOL_ID, COALESCE(s.CATEGORY, 'NONE'), COUNT(*)"
                    + ACTIVE_STAFF + " GROUP BY s.SCHOOL_ID, COALESCE(s.CATEGORY, 'NONE')", true, null),
            new Query("COURSE_COVERED", "SELECT s.SCHOOL_ID, COUNT(*)" + ACTIVE_STAFF + " AND EXISTS (SELECT 1 FROM"
                    + " MENTORING_COURSE c WHERE c.SCHOOL_ID = s.SCHOOL_ID AND c.STAFF_ID = s.ID AND c.CONFIRMED_AT IS"
                    + " NOT NULL AND c.ENDS_ON <= ? AND c.ENDS_ON > ?) GROUP BY s.SCHOOL_ID", false,
                    Kind.AS_OF_AND_PERIOD_START),
            new Query("ATTESTATION_OVERDUE", "SELECT s.SCHOOL_ID, COUNT(*)" + ACTIVE_STAFF + " AND COALESCE((SELECT"
                    + " t.LAST_ATTESTED_ON FROM MENTORING_ATTESTATION t WHERE t.SCHOOL_ID = s.SCHOOL_ID AND t.STAFF_ID ="
                    + " s.ID), s.TEACHING_SINCE) < ? GROUP BY s.SCHOOL_ID", false, Kind.AS_OF));

    /** The course and attestation periods the direct queries assume (the defaults of both rules). */
    private static final int COURSE_YEARS = 3;
    private static final int ATTESTATION_YEARS = 5;

    @Inject
    @ConfigProperty(name = ConfigKeys.DEMO_BENCH_SCHOOLS, defaultValue = "0")
    int benchSchools;

    @Inject
    Dashboard dashboard;

    @Inject
    CurrentCaller caller;

    @Inject
    Settings settings;

    @Resource(lookup = "java:app/jdbc/cabinet")
    DataSource database;

    @GET
    @Path("figures")
    @Operation(hidden = true)
    public Figures figures(@QueryParam("year") int year) {
        switchedOn();
        long start = System.nanoTime();
        DistrictFigures figures = dashboard.district(year);
        double millis = (System.nanoTime() - start) / 1e6;
        Map<String, Map<String, Long>> lines = new TreeMap<>();
        for (FigureLine line : figures.lines()) {
            Map<String, Long> bySchool = new TreeMap<>();
            for (int i = 0; i < figures.schools().size(); i++) {
                bySchool.put(String.valueOf(figures.schools().get(i).id()), line.values().get(i));
            }
            lines.put(line.key().isEmpty() ? line.indicator().name() : line.indicator() + "/" + line.key(), bySchool);
        }
        return new Figures(millis, lines);
    }

    @GET
    @Path("direct")
    @Operation(hidden = true)
    public Figures direct(@QueryParam("year") int year) throws SQLException {
        switchedOn();
        if (!caller.roles().contains(Role.DISTRICT_METHODOLOGIST) && !caller.roles().contains(Role.DISTRICT_ADMINISTRATOR)) {
            throw new AccessDeniedException(caller.getUsername() + " may not count the direct figures");
        }
        AcademicYear academic = new AcademicYear(year);
        LocalDate today = LocalDate.now(settings.timeZone());
        LocalDate asOf = today.isAfter(academic.lastDay()) ? academic.lastDay() : today;
        Timestamp from = Timestamp.valueOf(academic.firstDay().atStartOfDay());
        Timestamp to = Timestamp.valueOf(academic.lastDay().plusDays(1).atStartOfDay());
        Map<String, Map<String, Long>> lines = new TreeMap<>();
        long start = System.nanoTime();
        try (Connection c = database.getConnection()) {
            for (Query q : QUERIES) {
                try (PreparedStatement s = c.prepareStatement(q.sql())) {
                    if (q.parameters() == Kind.PERIOD) {
                        s.setTimestamp(1, from);
                        s.setTimestamp(2, to);
                    } else if (q.parameters() == Kind.AS_OF) {
                        s.setDate(1, Date.valueOf(asOf.minusYears(ATTESTATION_YEARS)));
                    } else if (q.parameters() == Kind.AS_OF_AND_PERIOD_START) {
                        s.setDate(1, Date.valueOf(asOf));
                        s.setDate(2, Date.valueOf(asOf.minusYears(COURSE_YEARS)));
                    }
                    try (ResultSet rows = s.executeQuery()) {
                        while (rows.next()) {
                            String line = q.keyed() ? q.line() + "/" + rows.getString(2) : q.line();
                            lines.computeIfAbsent(line, k -> new TreeMap<>()).put(String.valueOf(rows.getLong(1)),
                                    rows.getLong(q.keyed() ? 3 : 2));
                        }
                    }
                }
            }
        }
        return new Figures((System.nanoTime() - start) / 1e6, lines);
    }

    @POST
    @Path("rebuild")
    @Operation(hidden = true)
    public Rebuilt rebuild(@QueryParam("year") int year) {
        switchedOn();
        long start = System.nanoTime();
        int rows = dashboard.rebuild(year);
        return new Rebuilt(rows, (System.nanoTime() - start) / 1e6);
    }

    private void switchedOn() {
        if (benchSchools <= 0) {
            throw new NotFoundException();
        }
    }
}
