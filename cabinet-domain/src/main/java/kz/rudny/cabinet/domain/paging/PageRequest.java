package kz.rudny.cabinet.domain.paging;

/**
 * A window into a sorted list. The sort key is a name the boundary knows (never a column or a query
 * fragment); an unknown key falls back to the boundary's default order.
 */
public record PageRequest(int first, int size, String sortKey, boolean ascending, String filter) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (first < 0) {
            first = 0;
        }
        if (size <= 0 || size > MAX_SIZE) {
            size = Math.min(Math.max(size, 1), MAX_SIZE);
        }
        filter = filter == null || filter.isBlank() ? null : filter.strip();
    }

    public static PageRequest firstPage(int size) {
        return new PageRequest(0, size, null, true, null);
    }
}
