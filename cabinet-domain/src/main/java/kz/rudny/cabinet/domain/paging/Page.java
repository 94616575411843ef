package kz.rudny.cabinet.domain.paging;

import java.util.List;

/** One page of a list and the size of the whole list. */
public record Page<T>(List<T> items, long total) {
    public Page {
        items = List.copyOf(items);
    }
}
