package kz.rudny.cabinet.domain.paging;

import java.util.Map;

/** Maps the sort keys a boundary accepts to JPQL paths, so no request text reaches a query. */
public record SortKeys(Map<String, String> paths, String defaultPath) {

    public String orderBy(PageRequest request) {
        String path = request.sortKey() == null ? null : paths.get(request.sortKey());
        if (path == null) {
            return " ORDER BY " + defaultPath;
        }
        return " ORDER BY " + path + (request.ascending() ? " ASC" : " DESC") + ", " + defaultPath;
    }
}
