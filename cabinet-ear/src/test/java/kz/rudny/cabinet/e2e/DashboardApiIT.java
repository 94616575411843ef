package kz.rudny.cabinet.e2e;

import static kz.rudny.cabinet.e2e.ApiCalls.get;
import static kz.rudny.cabinet.e2e.ApiCalls.json;
import static kz.rudny.cabinet.e2e.ApiCalls.number;
import static kz.rudny.cabinet.e2e.ApiCalls.objects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.json.Json;

/**
 * The dashboard's figures under /api/dashboard, over HTTP with HTTP Basic: the district's people get every school
 * with totals that are the sums and averages per school; a school methodologist gets the own school's values and the
 * district average, the same numbers the district sees, and no other school's id or name in Kazakh or Russian;
 * teachers, heads, mentors (and each of the two roles on the other's address) are refused 403, nobody signed in 401;
 * a year or quarter that is not one is 422 with the problem (as any refused input of the API); a school's figures
 * over time add up to the dashboard's year, for the district and for the school itself; the OpenAPI document
 * describes every address.
 */
class DashboardApiIT {

    /** The demo schools' names: g3's Kazakh, s12's Russian, s7's Kazakh (a mixed school). */
    static final Map<String, String> SCHOOLS = Map.of("g3", "Абай атындағы №3 мектеп-гимназия",
            "s12", "Средняя школа №12", "s7", "№7 орта мектебі");

    @Test
    void theDistrictMethodologistGetsEverySchoolWithTotalsThatAreTheSumsOfTheValues() throws Exception {
        Map<String, Object> district = json(expect(200, get("/api/dashboard/district", "district.methodologist", "ru")));
        List<Map<?, ?>> schools = objects(district.get("schools"));
        List<Object> names = schools.stream().map(s -> s.get("name")).map(Object.class::cast).toList();
        assertTrue(names.containsAll(SCHOOLS.values()), "every demo school: " + names);
        List<Long> ids = schools.stream().map(s -> number(s.get("id"))).toList();
        assertEquals(ids.size(), Set.copyOf(ids).size(), "each school once: " + ids);
        assertNull(district.get("quarter"), "the whole year by default");
        List<Map<?, ?>> lines = objects(district.get("lines"));
        assertFalse(lines.isEmpty(), district.toString());
        for (Map<?, ?> line : lines) {
            List<Map<?, ?>> values = objects(line.get("values"));
            assertEquals(ids, values.stream().map(v -> number(v.get("schoolId"))).toList(),
                    "a value per school in the order of the schools: " + line);
            long sum = values.stream().mapToLong(v -> number(v.get("value"))).sum();
            assertEquals(sum, number(line.get("total")), "the total is the sum: " + line);
            assertEquals(Math.round((double) sum / ids.size() * 100) / 100.0,
                    ((Number) line.get("average")).doubleValue(), 1e-9, "the average per school, to two decimals: " + line);
        }
        Map<?, ?> categories = lines.stream().filter(l -> "TEACHERS_BY_CATEGORY".equals(l.get("indicator")))
                .findFirst().orElseThrow();
        assertTrue(String.valueOf(categories.get("label")).startsWith("Педагоги по категориям: "), categories.toString());
        assertTrue(String.valueOf(categories.get("key")).matches("[A-Z_]+"), "the key is the category: " + categories);
        Map<?, ?> published = lines.stream().filter(l -> "MATERIALS_PUBLISHED".equals(l.get("indicator")))
                .findFirst().orElseThrow();
        assertNull(published.get("key"), "not split: " + published);
        assertEquals("Материалов опубликовано", published.get("label"));

        Map<String, Object> kazakh = json(expect(200, get("/api/dashboard/district", "district.methodologist", "kk")));
        assertTrue(objects(kazakh.get("lines")).stream().anyMatch(l -> String.valueOf(l.get("label"))
                .startsWith("Педагогтер санаттар бойынша")), "labels in Kazakh: " + kazakh.get("lines"));
    }

    @Test
    void theDistrictAdministratorAsksForAYearAndAQuarter() throws Exception {
        Map<String, Object> current = json(expect(200, get("/api/dashboard/district", "district.admin", "en")));
        long thisYear = number(current.get("academicYear"));
        int calendar = LocalDate.now().getYear();
        assertTrue(thisYear == calendar || thisYear == calendar - 1, "the current academic year: " + thisYear);
        assertEquals(current, json(expect(200, get("/api/dashboard/district?year=" + thisYear, "district.admin", "en"))),
                "the default year is the current one");
        Map<String, Object> quarter = json(expect(200, get("/api/dashboard/district?year=" + (thisYear - 1)
                + "&quarter=2", "district.admin", "en")));
        assertEquals(thisYear - 1, number(quarter.get("academicYear")));
        assertEquals(2L, number(quarter.get("quarter")));
        assertEquals(current.get("schools"), quarter.get("schools"));
    }

    @Test
    void aQuarterReadsAloneAndTheYearIsTheSumOfItsQuartersWhileStandingFiguresStayTheSame() throws Exception {
        Map<String, Object> year = json(expect(200, get("/api/dashboard/district", "district.methodologist", null)));
        List<Map<String, Map<?, ?>>> quarters = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            Map<String, Object> answer = json(expect(200, get("/api/dashboard/district?year=" + year.get("academicYear")
                    + "&quarter=" + q, "district.methodologist", null)));
            assertEquals((long) q, number(answer.get("quarter")));
            quarters.add(byLine(answer));
        }
        long counted = 0;
        for (Map.Entry<String, Map<?, ?>> line : byLine(year).entrySet()) {
            List<Long> whole = values(line.getValue());
            if (Boolean.TRUE.equals(line.getValue().get("perQuarter"))) {
                long[] sum = new long[whole.size()];
                for (Map<String, Map<?, ?>> quarter : quarters) {
                    List<Long> part = quarter.containsKey(line.getKey()) ? values(quarter.get(line.getKey()))
                            : Collections.nCopies(whole.size(), 0L);
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] += part.get(i);
                    }
                }
                assertEquals(whole, Arrays.stream(sum).boxed().toList(),
                        "each school's year is the sum of its quarters: " + line.getKey());
                counted += whole.stream().mapToLong(Long::longValue).sum();
            } else {
                for (Map<String, Map<?, ?>> quarter : quarters) {
                    assertEquals(whole, values(quarter.get(line.getKey())), "standing, the same in every quarter: "
                            + line.getKey());
                }
            }
        }
        assertTrue(counted > 0, "the demo data has figures per quarter this year (else the sums prove nothing)");
    }

    @Test
    void aSchoolMethodologistGetsTheOwnValuesAndTheDistrictAverageAndNoOtherSchool() throws Exception {
        Map<String, Object> district = json(expect(200, get("/api/dashboard/district", "district.methodologist", "ru")));
        Map<String, Long> idByName = new HashMap<>();
        objects(district.get("schools")).forEach(s -> idByName.put((String) s.get("name"), number(s.get("id"))));
        long own = idByName.get(SCHOOLS.get("s12"));
        int column = objects(district.get("schools")).stream().map(s -> number(s.get("id"))).toList().indexOf(own);
        Map<String, Map<?, ?>> districtLines = byLine(district);

        for (String language : List.of("ru", "kk")) {
            HttpResponse<String> answer = expect(200, get("/api/dashboard/school", "s12.methodologist", language));
            for (String other : List.of(SCHOOLS.get("g3"), SCHOOLS.get("s7"))) {
                assertFalse(answer.body().contains(other), "never another school's name: " + other);
            }
            Map<String, Object> mine = json(answer);
            assertEquals(Set.of("academicYear", "quarter", "schoolId", "lines"), mine.keySet());
            assertEquals(own, number(mine.get("schoolId")));
            Map<String, Map<?, ?>> lines = byLine(mine);
            assertEquals(districtLines.keySet(), lines.keySet(), "the same lines as the district's");
            for (Map.Entry<String, Map<?, ?>> line : lines.entrySet()) {
                assertEquals(Set.of("indicator", "key", "label", "perQuarter", "value", "districtAverage"), line.getValue().keySet(),
                        "no other school's id or value: " + line);
                Map<?, ?> districtLine = districtLines.get(line.getKey());
                assertEquals(number(objects(districtLine.get("values")).get(column).get("value")),
                        number(line.getValue().get("value")), "the own value, as the district sees it: " + line);
                assertEquals(((Number) districtLine.get("average")).doubleValue(),
                        ((Number) line.getValue().get("districtAverage")).doubleValue(), 1e-9,
                        "the district's average: " + line);
            }
        }
    }

    @Test
    void aSchoolsFiguresOverTimeAddUpToTheDashboardsAndTheSchoolGetsTheSameForItself() throws Exception {
        Map<String, Object> district = json(expect(200, get("/api/dashboard/district", "district.methodologist", "ru")));
        long year = number(district.get("academicYear"));
        List<Long> ids = objects(district.get("schools")).stream().map(s -> number(s.get("id"))).toList();
        long own = objects(district.get("schools")).stream().filter(s -> SCHOOLS.get("s12").equals(s.get("name")))
                .map(s -> number(s.get("id"))).findFirst().orElseThrow();
        int column = ids.indexOf(own);

        HttpResponse<String> answer = expect(200, get("/api/dashboard/district/schools/" + own + "/trend",
                "district.methodologist", "ru"));
        Map<String, Object> trend = json(answer);
        assertEquals(own, number(trend.get("schoolId")));
        assertEquals(SCHOOLS.get("s12"), trend.get("schoolName"));
        List<Map<?, ?>> quarters = objects(trend.get("quarters"));
        List<Long> years = ((List<?>) trend.get("years")).stream().map(ApiCalls::number).toList();
        assertTrue(years.contains(year) && years.contains(year - 1), "this year and the last: " + years);
        LocalDate today = LocalDate.now();
        for (Map<?, ?> period : quarters) {
            long first = number(period.get("academicYear"));
            long q = number(period.get("quarter"));
            LocalDate begins = LocalDate.of((int) (q <= 2 ? first : first + 1), new int[] {9, 11, 1, 4}[(int) q - 1], 1);
            assertFalse(begins.isAfter(today.plusDays(1)), "only quarters begun: " + period);
        }
        Map<String, Map<?, ?>> dashboard = byLine(district);
        long compared = 0;
        for (Map<?, ?> line : objects(trend.get("perQuarter"))) {
            List<Long> values = ((List<?>) line.get("values")).stream().map(ApiCalls::number).toList();
            assertEquals(quarters.size(), values.size(), "a value per quarter: " + line);
            long thisYear = 0;
            for (int i = 0; i < quarters.size(); i++) {
                thisYear += number(quarters.get(i).get("academicYear")) == year ? values.get(i) : 0;
            }
            Map<?, ?> same = dashboard.get(line.get("indicator") + "/" + line.get("key"));
            long onDashboard = same == null ? 0 : number(objects(same.get("values")).get(column).get("value"));
            if (onDashboard == thisYear) {
                compared += thisYear;
            } else {
                // a quarter not begun may hold what is planned in it, which the year's figure counts
                assertTrue(onDashboard > thisYear && Set.of("MEETINGS_PLANNED", "PLAN_ITEMS_DUE")
                        .contains(line.get("indicator")),
                        "this year's quarters add up to the dashboard's year: " + line + " against " + onDashboard);
            }
        }
        assertTrue(compared > 0, "the demo school has figures per quarter this year (else the sums prove nothing)");
        for (Map<?, ?> line : objects(trend.get("standing"))) {
            List<Long> values = ((List<?>) line.get("values")).stream().map(ApiCalls::number).toList();
            Map<?, ?> same = dashboard.get(line.get("indicator") + "/" + line.get("key"));
            long onDashboard = same == null ? 0 : number(objects(same.get("values")).get(column).get("value"));
            assertEquals(onDashboard, values.get(years.indexOf(year)), "standing, as the dashboard's: " + line);
        }

        HttpResponse<String> mine = expect(200, get("/api/dashboard/school/trend", "s12.methodologist", "ru"));
        assertEquals(trend, json(mine), "the school's own trend is what the district sees of it");
        for (String other : List.of(SCHOOLS.get("g3"), SCHOOLS.get("s7"))) {
            assertFalse(mine.body().contains(other), "never another school's name: " + other);
        }
    }

    @ParameterizedTest(name = "{0} asking for {1} gets {2}")
    @CsvSource({
            "g3.teacher,             /api/dashboard/district, 403",
            "g3.teacher,             /api/dashboard/school,   403",
            "g3.head,                /api/dashboard/district, 403",
            "g3.head,                /api/dashboard/school,   403",
            "s7.mentor,              /api/dashboard/school,   403",
            "s12.t01,                /api/dashboard/school?year=2025&quarter=1, 403",
            "s12.methodologist,      /api/dashboard/district, 403",
            "district.methodologist, /api/dashboard/school,   403",
            "district.admin,         /api/dashboard/school,   403",
            "nobody,                 /api/dashboard/district, 401",
            "nobody,                 /api/dashboard/school,   401",
            "s12.methodologist,      /api/dashboard/district/schools/1/trend, 403",
            "g3.head,                /api/dashboard/district/schools/1/trend, 403",
            "g3.teacher,             /api/dashboard/school/trend, 403",
            "s7.young,               /api/dashboard/school/trend, 403",
            "district.methodologist, /api/dashboard/school/trend, 403",
            "nobody,                 /api/dashboard/school/trend, 401",
            "district.methodologist, /api/dashboard/district/schools/999999/trend, 404"})
    void everyoneElseIsRefusedInTheApisErrorFormat(String user, String path, int status) throws Exception {
        HttpResponse<String> refused = expect(status, get(path, "nobody".equals(user) ? null : user, "ru"));
        if (status == 401) {
            assertEquals("Basic realm=\"cabinet\", charset=\"UTF-8\"",
                    refused.headers().firstValue("WWW-Authenticate").orElse(null));
        }
        Map<String, Object> problem = json(refused);
        assertEquals((long) status, number(problem.get("status")));
        assertEquals(status == 401 ? "unauthorized" : status == 404 ? "notFound" : "forbidden", problem.get("error"));
        assertFalse(SCHOOLS.values().stream().anyMatch(String.valueOf(problem)::contains), problem.toString());
    }

    @ParameterizedTest(name = "{0} is refused by {1}")
    @CsvSource({
            "quarter=5,            quarter",
            "quarter=0,            quarter",
            "quarter=second,       quarter",
            "year=2026&quarter=-1, quarter",
            "year=abc,             year",
            "year=1999,            year",
            "year=2101,            year",
            "year=2026-2027,       year"})
    void aYearOrQuarterThatIsNotOneIsRefusedWithTheProblemLikeAnyInput(String query, String field) throws Exception {
        for (String user : List.of("district.methodologist", "s12.methodologist")) {
            String path = user.startsWith("district") ? "/api/dashboard/district?" : "/api/dashboard/school?";
            Map<String, Object> problem = json(expect(422, get(path + query, user, "ru")));
            assertEquals(422L, number(problem.get("status")));
            assertEquals("invalid", problem.get("error"));
            List<Map<?, ?>> problems = objects(problem.get("problems"));
            assertEquals(1, problems.size(), problem.toString());
            assertEquals(field, problems.get(0).get("field"));
            assertEquals(problem.get("message"), problems.get(0).get("message"));
            assertTrue(String.valueOf(problem.get("message")).startsWith(field.equals("year")
                    ? "Укажите учебный год" : "Укажите четверть"), problem.toString());
        }
    }

    @Test
    void theOpenApiDocumentDescribesBothAddressesAndTheirAnswers() {
        WebSession.Page doc = WebSession.signedIn("g3.teacher").get("/openapi");
        assertEquals(200, doc.status(), doc.body());
        for (String part : new String[] {"  /api/dashboard/district:", "  /api/dashboard/school:",
            "    DistrictDashboard:", "    SchoolDashboard:", "    DistrictDashboardLine:", "    SchoolDashboardLine:",
            "    DashboardSchool:", "    DashboardValue:", "districtAverage:", "name: quarter", "name: year",
            "  /api/dashboard/district/schools/{id}/trend:", "  /api/dashboard/school/trend:", "    TrendDashboard:",
            "    TrendLine:", "    TrendPeriod:"}) {
            assertTrue(doc.body().contains(part), part + " in the OpenAPI document");
        }
        WebSession.Page json = WebSession.signedIn("g3.teacher").get("/openapi?format=JSON");
        Map<?, ?> document = new Json().toType(json.body(), Map.class);
        Map<?, ?> schemas = (Map<?, ?>) ((Map<?, ?>) document.get("components")).get("schemas");
        assertEquals("#/components/schemas/DashboardSchool", items(schemas, "DistrictDashboard", "schools"));
        assertEquals("#/components/schemas/DistrictDashboardLine", items(schemas, "DistrictDashboard", "lines"));
        assertEquals("#/components/schemas/DashboardValue", items(schemas, "DistrictDashboardLine", "values"));
        assertEquals("#/components/schemas/SchoolDashboardLine", items(schemas, "SchoolDashboard", "lines"));
        Map<?, ?> schoolLine = (Map<?, ?>) ((Map<?, ?>) schemas.get("SchoolDashboardLine")).get("properties");
        assertEquals(Set.of("indicator", "key", "label", "perQuarter", "value", "districtAverage"), schoolLine.keySet(),
                "a school's line describes no other school");
    }

    /** The schema a list property of a component refers to for its items. */
    private static Object items(Map<?, ?> schemas, String schema, String property) {
        Map<?, ?> properties = (Map<?, ?>) ((Map<?, ?>) schemas.get(schema)).get("properties");
        return ((Map<?, ?>) ((Map<?, ?>) properties.get(property)).get("items")).get("$ref");
    }

    private static List<Long> values(Map<?, ?> districtLine) {
        return objects(districtLine.get("values")).stream().map(v -> number(v.get("value"))).toList();
    }

    /** The lines of an answer by indicator and key. */
    private static Map<String, Map<?, ?>> byLine(Map<String, Object> answer) {
        Map<String, Map<?, ?>> lines = new HashMap<>();
        for (Map<?, ?> line : objects(answer.get("lines"))) {
            assertNull(lines.put(line.get("indicator") + "/" + line.get("key"), line), "each line once: " + line);
        }
        return lines;
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        return response;
    }
}
