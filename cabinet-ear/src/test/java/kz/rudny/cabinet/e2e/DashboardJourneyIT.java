package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The dashboard through the pages: the district methodologist sees the three demo schools side by side in Russian
 * and in Kazakh, with the district total and average, and changes the academic year; a school methodologist sees the
 * own school with the district average and no other school's name; a teacher and a school methodologist are refused
 * the district's page, a teacher the school's.
 */
class DashboardJourneyIT {

    private static final List<String> SCHOOLS = List.of("Абай атындағы №3 мектеп-гимназия", "Средняя школа №12",
            "№7 орта мектебі");

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
            assertTrue(table.contains("Педагоги по категориям") && table.contains("Всего по району")
                    && table.contains("Материалов опубликовано"), table);
            district.screenshot("dashboard-district-ru");
            district.assertAccessible("the district dashboard");
            String thisYear = district.find("filter:year_input").getAttribute("value");
            district.choose("filter:year", String.valueOf(Integer.parseInt(thisYear) - 1));
            district.waitFor().until(d -> district.textOf("figuresCaption").contains((Integer.parseInt(thisYear) - 1)
                    + "-" + thisYear));
            district.screenshot("dashboard-district-last-year-ru");
            district.clickAndWait("lang:kk");
            assertTrue(district.textOf("figures").contains("Педагогтер санаттар бойынша"), district.textOf("figures"));
            district.screenshot("dashboard-district-kk");
        }
        try (Browser school = new Browser()) {
            school.signIn("s12.methodologist");
            school.open("/school/dashboard.xhtml");
            String table = school.textOf("figures");
            assertTrue(table.contains("Ваша школа") && table.contains("Среднее по району"), table);
            for (String other : List.of(SCHOOLS.get(0), SCHOOLS.get(2))) {
                assertFalse(school.pageText().contains(other), "never another school's name: " + other);
            }
            school.screenshot("dashboard-school-ru");
            school.assertAccessible("the school's dashboard");
        }
        assertEquals(403, WebSession.signedIn("s12.methodologist").get("/district/dashboard.xhtml").status());
        assertEquals(403, WebSession.signedIn("s12.teacher").get("/school/dashboard.xhtml").status());
        assertEquals(403, WebSession.signedIn("g3.teacher").get("/district/dashboard.xhtml").status());
        assertFalse(WebSession.signedIn("s12.teacher").get("/mentoring/plan-template.xhtml").status() == 200,
                "the school's plan template is the methodologist's");
    }
}
