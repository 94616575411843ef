package kz.rudny.cabinet.library.index.boundary;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kz.rudny.cabinet.library.index.boundary.DocumentKind;
import kz.rudny.cabinet.library.index.boundary.Facet;
import kz.rudny.cabinet.library.index.boundary.SearchDocument;

/**
 * One document of the library index, identified by (kind, schoolId, id): putting another document
 * with the same three replaces it.
 *
 * @param kind        catalogue title or digital material
 * @param schoolId    the school the document belongs to
 * @param id          the title's or material's id, unique within kind and school
 * @param shared      visible in the district view (a material shared as district best practice)
 * @param title       all titles, e.g. the Kazakh and the Russian one joined by a newline
 * @param description the description or annotation
 * @param body        text extracted from the files (up to some 200,000 characters, often empty)
 * @param keywords    authors, tags, ISBN and the like
 * @param facets      values per facet; {@link Facet#KIND} and {@link Facet#SCHOOL} are ignored here, the
 *                    index derives them from {@code kind} and {@code schoolId}; blank values are dropped
 * @param sortKey     larger is newer (e.g. epoch seconds), for "newest first" when there is no query text
 */
public record SearchDocument(DocumentKind kind, long schoolId, long id, boolean shared, String title,
                             String description, String body, String keywords,
                             Map<Facet, Set<String>> facets, long sortKey) implements Serializable {

    public SearchDocument {
        Objects.requireNonNull(kind, "kind");
        title = Objects.requireNonNullElse(title, "");
        description = Objects.requireNonNullElse(description, "");
        body = Objects.requireNonNullElse(body, "");
        keywords = Objects.requireNonNullElse(keywords, "");
        facets = copy(facets);
    }

    private static Map<Facet, Set<String>> copy(Map<Facet, Set<String>> facets) {
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        if (facets != null) {
            facets.forEach((facet, values) -> {
                Set<String> kept = new LinkedHashSet<>();
                if (values != null) {
                    values.stream().filter(v -> v != null && !v.isBlank()).forEach(kept::add);
                }
                if (kept.size() > 1 && !facet.multiValued()) {
                    throw new IllegalArgumentException(facet + " takes one value, not " + kept);
                }
                if (!kept.isEmpty() && facet != Facet.KIND && facet != Facet.SCHOOL) {
                    copy.put(facet, Set.copyOf(kept));
                }
            });
        }
        return Map.copyOf(copy);
    }
}
