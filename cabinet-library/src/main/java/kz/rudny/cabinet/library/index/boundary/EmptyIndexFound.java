package kz.rudny.cabinet.library.index.boundary;

import java.util.List;

/**
 * The index was found empty at start (new, or deleted by {@code ./cabinet reindex}): every feature that owns
 * documents puts those of each school back, as {@link DocumentsChanged}. Fired outside any request, so the
 * observers work as each school in turn.
 */
public record EmptyIndexFound(List<Long> schoolIds) {

    public EmptyIndexFound {
        schoolIds = List.copyOf(schoolIds);
    }
}
