package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The dashboard through the pages: the district methodologist sees the three demo schools side by side in Russian
 * and in Kazakh, with the district total and average, and changes the academic year; a school methodologist sees the
 * own school with the district average and no other school's name; a teacher and a school methodologist are refused
 * the district's page, a teacher the school's. The demo's previous academic year: every school held meetings and
 * events and published materials, the gymnasium most and №7 least, and no school's figures are those of this year.
 */
class DashboardJourneyIT {

    private static final List<String> SCHOOLS = List.of("Абай атындағы №3 мектеп-гимназия", "Средняя школа №12",
            "№7 орта мектебі");

    private static final String MEETINGS_HELD = "Заседаний МО проведено";
    private static final String EVENTS_HELD = "Мероприятий проведено";
    private static final String MATERIALS_PUBLISHED = "Материалов опубликовано";

    @Test
    void theDistrictComparesTheSchoolsAndASchoolSeesItselfWithTheAverage() {
        try (Browser district = new Browser()) {
            district.signIn("district.methodologist");
            district.clickAndWait("lang:ru");
            district.open("/district/dashboard.xhtml");
            String table = district.textOf("figures");
            for (String school : SCHOOLS) {
                assertTrue(table.contains(school), school + " in " + table);
            }
            assertTrue(table.contains("Педагоги по категориям") && table.contains("Всего по городу")
                    && table.contains("Материалов опубликовано"), table);
            district.screenshot("dashboard-district-ru");
            district.assertAccessible("the district dashboard");
            Map<String, Map<String, Long>> now = figures(district);
            String thisYear = district.find("filter:year_input").getAttribute("value");
            district.choose("filter:year", String.valueOf(Integer.parseInt(thisYear) - 1));
            district.waitFor().until(d -> district.textOf("figuresCaption").contains((Integer.parseInt(thisYear) - 1)
                    + "-" + thisYear));
            district.screenshot("dashboard-district-last-year-ru");
            Map<String, Map<String, Long>> before = figures(district);
            for (String indicator : List.of(MEETINGS_HELD, EVENTS_HELD, MATERIALS_PUBLISHED)) {
                List<Long> lastYear = SCHOOLS.stream().map(school -> sum(before, indicator, school)).toList();
                assertTrue(lastYear.get(0) > lastYear.get(1) && lastYear.get(1) > lastYear.get(2) && lastYear.get(2) > 0,
                        indicator + " last year, the gymnasium most, every school some: " + lastYear);
            }
            for (String school : SCHOOLS) {
                List<Long> lastYear = List.of(MEETINGS_HELD, EVENTS_HELD, MATERIALS_PUBLISHED).stream()
                        .map(indicator -> sum(before, indicator, school)).toList();
                List<Long> thisYearFigures = List.of(MEETINGS_HELD, EVENTS_HELD, MATERIALS_PUBLISHED).stream()
                        .map(indicator -> sum(now, indicator, school)).toList();
                assertNotEquals(lastYear, thisYearFigures, school + ": the two years differ");
            }

            assertEquals(2, district.all(By.cssSelector("#figures canvas")).size(), "the two charts");
            assertTrue(district.textOf("figures").contains("Обмен передовым опытом")
                    && district.textOf("figures").contains("Скачиваний её материалов другими школами"));

            // A quarter of the year: its name in the caption, the exchange and the work counted for it alone.
            district.choose("filter:quarter", "II четверть");
            district.waitFor().until(d -> district.textOf("figuresCaption").contains("II четверть"));
            district.screenshot("dashboard-district-quarter-ru");

            // A school's column opens the school's figures over time: every quarter of last year, this year's so far.
            district.clickAndWait(district.all(By.linkText(SCHOOLS.get(1))).get(0));
            district.waitFor().until(d -> district.pageText().contains("Показатели школы по времени"));
            assertEquals(SCHOOLS.get(1), district.textOf("trendCaption"));
            String quarters = district.textOf("quarters-METHODICAL_WORK");
            String lastYear = (Integer.parseInt(thisYear) - 1) + "-" + thisYear;
            String current = thisYear + "-" + (Integer.parseInt(thisYear) + 1);
            int month = LocalDate.now().getMonthValue();
            int quarter = month >= 9 ? (month <= 10 ? 1 : 2) : month <= 3 ? 3 : 4;
            assertTrue(quarters.contains("I четверть " + lastYear) && quarters.contains("IV четверть " + lastYear)
                    && quarters.contains(List.of("I", "II", "III", "IV").get(quarter - 1) + " четверть " + current),
                    quarters);
            for (int later = quarter + 1; later <= 4; later++) {
                assertFalse(quarters.contains(List.of("I", "II", "III", "IV").get(later - 1) + " четверть " + current),
                        "a quarter not begun: " + quarters);
            }
            assertEquals(1, district.all(By.cssSelector("canvas")).size(), "the trend's chart");
            district.screenshot("dashboard-school-trend-ru");
            district.assertAccessible("a school's figures over time");

            district.open("/district/dashboard.xhtml");
            district.clickAndWait("lang:kk");
            assertTrue(district.textOf("figures").contains("Педагогтер санаттар бойынша"), district.textOf("figures"));
            district.screenshot("dashboard-district-kk");
        }
        try (Browser phone = Browser.phone()) {
            phone.signIn("district.methodologist");
            phone.open("/district/dashboard.xhtml");
            assertTrue(phone.textOf("figures").contains(SCHOOLS.get(0)));
            phone.screenshot("dashboard-district-phone");
            phone.assertAccessible("the district dashboard on a phone");
        }
        try (Browser school = new Browser()) {
            school.signIn("s12.methodologist");
            school.open("/school/dashboard.xhtml");
            String table = school.textOf("figures");
            assertTrue(table.contains("Ваша школа") && table.contains("Среднее по городу"), table);
            for (String other : List.of(SCHOOLS.get(0), SCHOOLS.get(2))) {
                assertFalse(school.pageText().contains(other), "never another school's name: " + other);
            }
            assertEquals(1, school.all(By.cssSelector("#figures canvas")).size(), "the exchange against the average");
            school.screenshot("dashboard-school-ru");
            school.assertAccessible("the school's dashboard");

            // The own school over time, whatever school the address names.
            for (int other = 1; other <= 3; other++) {
                school.open("/school/trend.xhtml?school=" + other);
                assertEquals("Средняя школа №12", school.textOf("trendCaption"));
                for (String name : List.of(SCHOOLS.get(0), SCHOOLS.get(2))) {
                    assertFalse(school.pageText().contains(name), "never another school's name: " + name);
                }
            }
            school.screenshot("dashboard-school-trend-own-ru");
        }
        assertEquals(403, WebSession.signedIn("s12.methodologist").get("/district/dashboard.xhtml").status());
        assertEquals(403, WebSession.signedIn("s12.methodologist").get("/district/school-trend.xhtml?school=1")
                .status(), "another school's figures over time are the district's");
        assertEquals(403, WebSession.signedIn("s12.teacher").get("/school/trend.xhtml").status());
        assertEquals(403, WebSession.signedIn("s12.teacher").get("/school/dashboard.xhtml").status());
        assertEquals(403, WebSession.signedIn("g3.teacher").get("/district/dashboard.xhtml").status());
        assertFalse(WebSession.signedIn("s12.teacher").get("/mentoring/plan-template.xhtml").status() == 200,
                "the school's plan template is the methodologist's");
    }

    /** The district's table: each line's figures by the schools' names in the header. */
    private static Map<String, Map<String, Long>> figures(Browser b) {
        List<String> columns = b.all(By.cssSelector("#figures thead th")).stream().map(WebElement::getText).toList();
        Map<String, Map<String, Long>> lines = new LinkedHashMap<>();
        for (WebElement row : b.all(By.cssSelector("#figures tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            Map<String, Long> bySchool = new LinkedHashMap<>();
            for (int i = 0; i < cells.size() - 2; i++) { // the last two: the district's total and average
                bySchool.put(columns.get(i + 1), Long.parseLong(cells.get(i).getText().strip()));
            }
            lines.put(row.findElement(By.tagName("th")).getText().strip(), bySchool);
        }
        return lines;
    }

    /** A school's figure of an indicator, over its lines by kind (events by kind) if it has them. */
    private static long sum(Map<String, Map<String, Long>> figures, String indicator, String school) {
        return figures.entrySet().stream().filter(e -> e.getKey().equals(indicator) || e.getKey().startsWith(indicator + ":"))
                .mapToLong(e -> e.getValue().getOrDefault(school, 0L)).sum();
    }
}
