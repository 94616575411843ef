package kz.rudny.cabinet.domain.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PagingTest {

    private final SortKeys keys = new SortKeys(Map.of("fullName", "m.account.fullName"), "m.id");

    @Test
    void onlyKnownSortKeysReachTheQuery() {
        assertEquals(" ORDER BY m.account.fullName DESC, m.id",
                keys.orderBy(new PageRequest(0, 20, "fullName", false, null)));
        assertEquals(" ORDER BY m.id", keys.orderBy(new PageRequest(0, 20, "id; DROP TABLE ACCOUNT", true, null)));
    }

    @Test
    void pageWindowsAreKeptSane() {
        PageRequest request = new PageRequest(-5, 100_000, null, true, "   ");
        assertEquals(0, request.first());
        assertEquals(PageRequest.MAX_SIZE, request.size());
        assertNull(request.filter());
        assertEquals(1, new PageRequest(0, 0, null, true, null).size());
    }

    @Test
    void filterTextMatchesLiterallyAndIgnoresCase() {
        assertEquals("%ахметова%", Filters.containsPattern("Ахметова"));
        assertEquals("%50\\%\\_a\\\\b%", Filters.containsPattern("50%_a\\b"));
    }
}
