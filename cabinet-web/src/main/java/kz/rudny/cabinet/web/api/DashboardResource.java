package kz.rudny.cabinet.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.calendar.Quarter;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.reporting.figures.boundary.Dashboard;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The dashboard's figures as JSON, from the same boundary as the dashboard's pages, so the same roles apply: the
 * district's people get every school side by side, a school's methodologist the own school with the district's
 * average (no parameter names a school: the own school is the caller's). Everyone else is refused (403).
 */
@Path("dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboard", description = "The figures the district compares the schools by")
public class DashboardResource {

    /** The academic years the API answers for (their first calendar year). */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    private static final String YEAR = "The academic year's first calendar year, 2000 to 2100 (2026 is 2026-2027); "
            + "default the current academic year";
    private static final String QUARTER = "1 to 4 (I: September-October, II: November-December, III: January-March, "
            + "IV: April-August); default the whole academic year";

    @Inject
    Dashboard dashboard;

    @Inject
    CurrentCaller caller;

    @Inject
    ApiLanguage language;

    @Inject
    Settings settings;

    @GET
    @Path("district")
    @Operation(summary = "Every school side by side (district methodologist, district administrator)",
            description = "Each indicator (and key) with every school's value, the district's total and the average "
                    + "per school, for an academic year or a quarter of it.")
    @APIResponse(responseCode = "200", description = "The district's figures",
            content = @Content(schema = @Schema(implementation = DistrictDashboard.class)))
    @APIResponse(responseCode = "422", description = "A year or quarter that is not one",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @APIResponse(responseCode = "403", description = "Not one of the district's people",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public DistrictDashboard district(@Parameter(description = YEAR) @QueryParam("year") String year,
                                      @Parameter(description = QUARTER) @QueryParam("quarter") String quarter) {
        return DistrictDashboard.of(dashboard.district(year(year), quarter(quarter)), language.locale());
    }

    @GET
    @Path("school")
    @Operation(summary = "The caller's own school with the district's average (school methodologist)",
            description = "Each indicator (and key) with the own school's value and the district's average per "
                    + "school, for an academic year or a quarter of it. The school is always the caller's own: no "
                    + "parameter names a school, and no other school's id, name or value is in the answer.")
    @APIResponse(responseCode = "200", description = "The own school's figures",
            content = @Content(schema = @Schema(implementation = SchoolDashboard.class)))
    @APIResponse(responseCode = "422", description = "A year or quarter that is not one",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @APIResponse(responseCode = "403", description = "Not a school's methodologist",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public SchoolDashboard school(@Parameter(description = YEAR) @QueryParam("year") String year,
                                  @Parameter(description = QUARTER) @QueryParam("quarter") String quarter) {
        return SchoolDashboard.of(dashboard.mine(year(year), quarter(quarter)), caller.schoolId().orElseThrow(),
                language.locale());
    }

    @GET
    @Path("district/schools/{id}/trend")
    @Operation(summary = "One school's figures over time (district methodologist, district administrator)",
            description = "The school's figures counted per quarter, for every quarter begun, and its standing figures "
                    + "for every academic year kept: what the dashboard's click on a school shows.")
    @APIResponse(responseCode = "200", description = "The school's figures over time",
            content = @Content(schema = @Schema(implementation = TrendDashboard.class)))
    @APIResponse(responseCode = "404", description = "No such school",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @APIResponse(responseCode = "403", description = "Not one of the district's people",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public TrendDashboard schoolTrend(@Parameter(description = "The school's id", required = true) @PathParam("id") long id) {
        return TrendDashboard.of(dashboard.trend(id), language.locale());
    }

    @GET
    @Path("school/trend")
    @Operation(summary = "The caller's own school over time (school methodologist)",
            description = "The own school's figures counted per quarter, for every quarter begun, and its standing "
                    + "figures for every academic year kept. No parameter names a school.")
    @APIResponse(responseCode = "200", description = "The own school's figures over time",
            content = @Content(schema = @Schema(implementation = TrendDashboard.class)))
    @APIResponse(responseCode = "403", description = "Not a school's methodologist",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    public TrendDashboard myTrend() {
        return TrendDashboard.of(dashboard.myTrend(), language.locale());
    }

    private int year(String value) {
        if (value == null || value.isBlank()) {
            return AcademicYear.of(LocalDate.now(settings.timeZone())).startYear();
        }
        try {
            int year = Integer.parseInt(value.strip());
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException notNumber) {
            // refused below
        }
        throw new ApiInputException("year", "api.academicYear", FIRST_YEAR, LAST_YEAR);
    }

    private static Quarter quarter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String number = value.strip();
        for (Quarter q : Quarter.values()) {
            if (number.equals(Integer.toString(q.number()))) {
                return q;
            }
        }
        throw new ApiInputException("quarter", "api.quarter");
    }
}
