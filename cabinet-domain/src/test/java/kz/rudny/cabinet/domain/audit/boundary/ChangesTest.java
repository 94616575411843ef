package kz.rudny.cabinet.domain.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChangesTest {

    @Test
    void onlyChangedFieldsAreDescribed() {
        Changes changes = Changes.describe().field("fullName", "Ахметова Л.", "Ахметова Ләззат")
                .field("jobTitle", "Физика", "Физика").field("careerStartYear", null, 2024);
        assertEquals("fullName: «Ахметова Л.» → «Ахметова Ләззат»; careerStartYear: — → «2024»", changes.toString());
    }

    @Test
    void nothingChangedIsEmpty() {
        assertTrue(Changes.describe().field("a", "x", "x").isEmpty());
    }
}
