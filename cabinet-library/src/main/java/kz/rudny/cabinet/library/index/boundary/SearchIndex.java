package kz.rudny.cabinet.library.index.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.library.index.control.IndexKeeper;

/**
 * Searches the library's index. The answer holds ids only: the feature that owns a document reads it back
 * through its tenant filter before showing anything, so a stale entry never shows what the database does not
 * allow. The index is filled by events ({@link DocumentsChanged}, {@link DocumentRemoved}), not through here.
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST, Role.DISTRICT_METHODOLOGIST,
        Role.DISTRICT_ADMINISTRATOR})
public class SearchIndex {

    @Inject
    IndexKeeper keeper;

    public SearchResult search(@NotNull SearchRequest request) {
        return keeper.index().search(request);
    }
}
