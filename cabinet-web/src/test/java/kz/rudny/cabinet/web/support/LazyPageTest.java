package kz.rudny.cabinet.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import kz.rudny.cabinet.domain.paging.Page;
import kz.rudny.cabinet.domain.paging.PageRequest;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.junit.jupiter.api.Test;

/**
 * A lazy table's page is one call of the boundary: PrimeFaces asks {@code count} and then {@code load} (as its
 * DataTable does: the count first, then the page), and the boundary, played by a list that counts its calls,
 * answers once with the rows and the total.
 */
class LazyPageTest {

    /** A boundary's page method over a list of numbers, filtered by their text, keeping every request it gets. */
    static final class CountingList implements LazyPage.Source<Integer> {
        final List<PageRequest> requests = new ArrayList<>();
        final List<Integer> rows;

        CountingList(int size) {
            rows = IntStream.range(0, size).boxed().toList();
        }

        @Override
        public Page<Integer> apply(PageRequest request) {
            requests.add(request);
            List<Integer> matching = rows.stream()
                    .filter(r -> request.filter() == null || Integer.toString(r).contains(request.filter()))
                    .sorted(request.ascending() ? Integer::compare : (a, b) -> Integer.compare(b, a)).toList();
            int from = Math.min(request.first(), matching.size());
            return new Page<>(matching.subList(from, Math.min(from + request.size(), matching.size())), matching.size());
        }
    }

    @Test
    void aPageIsOneCallThatBringsItsRowsAndTheTotal() {
        CountingList boundary = new CountingList(45);
        LazyPage<Integer> table = new LazyPage<>(boundary, Integer::longValue);

        List<Integer> rows = showPage(table, 20, 20, Map.of());

        assertEquals(IntStream.range(20, 40).boxed().toList(), rows);
        assertEquals(45, table.getRowCount());
        assertEquals(1, boundary.requests.size(), boundary.requests::toString);
        assertEquals(new PageRequest(20, 20, null, true, null), boundary.requests.get(0));
    }

    @Test
    void everyPageOfAWalkThroughTheListIsOneCall() {
        CountingList boundary = new CountingList(45);
        LazyPage<Integer> table = new LazyPage<>(boundary, Integer::longValue);

        List<Integer> seen = new ArrayList<>();
        for (int first = 0; first < 45; first += 20) {
            seen.addAll(showPage(table, first, 20, Map.of()));
        }

        assertEquals(boundary.rows, seen);
        assertEquals(3, boundary.requests.size(), boundary.requests::toString);
    }

    @Test
    void theSortAndTheFilterGoToTheBoundaryInTheSameCall() {
        CountingList boundary = new CountingList(200);
        LazyPage<Integer> table = new LazyPage<>(boundary, Integer::longValue);
        table.setFilter(" 7 ");
        SortMeta descending = SortMeta.builder().field("number").order(SortOrder.DESCENDING).build();

        List<Integer> rows = showPage(table, 0, 3, Map.of("number", descending));

        assertEquals(List.of(197, 187, 179), rows);
        assertEquals(List.of(new PageRequest(0, 3, "number", false, "7")), boundary.requests);
        assertEquals(38, table.getRowCount());
    }

    @Test
    void aListThatShrankUnderTheTableShowsItsLastPageWithOneMoreCall() {
        CountingList boundary = new CountingList(200);
        List<Integer> tableMovedTo = new ArrayList<>();
        LazyPage<Integer> table = new LazyPage<>(boundary, Integer::longValue) {
            @Override
            protected void showFrom(int first) {
                tableMovedTo.add(first);
            }
        };
        showPage(table, 40, 20, Map.of());
        table.setFilter("19"); // typed while the table showed its third page: 12 rows match

        List<Integer> rows = showPage(table, 40, 20, Map.of());

        assertEquals(List.of(19, 119, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199), rows);
        assertEquals(12, table.getRowCount());
        assertEquals(List.of(40, 40, 0), boundary.requests.stream().map(PageRequest::first).toList());
        assertEquals(List.of(0), tableMovedTo, "the paginator shows the page that was loaded");
    }

    @Test
    void anEmptyListIsOneCall() {
        CountingList boundary = new CountingList(0);
        LazyPage<Integer> table = new LazyPage<>(boundary, Integer::longValue);

        assertEquals(List.of(), showPage(table, 0, 20, Map.of()));
        assertEquals(0, table.getRowCount());
        assertEquals(1, boundary.requests.size());
    }

    @Test
    void aRowIsFoundByItsKeyOnlyAmongTheRowsLoaded() {
        CountingList boundary = new CountingList(45);
        LazyPage<Integer> table = new LazyPage<>(boundary, Integer::longValue);
        table.setWrappedData(showPage(table, 20, 20, Map.of()));

        assertEquals(25, table.getRowData("25"));
        assertEquals(null, table.getRowData("5"));
        assertEquals("25", table.getRowKey(25));
    }

    /** What PrimeFaces' DataTable does for a page: the count, then the page. */
    private static List<Integer> showPage(LazyPage<Integer> table, int first, int size, Map<String, SortMeta> sort) {
        table.setRowCount(table.count(Map.of()));
        return table.load(first, size, sort, Map.of());
    }
}
