package kz.rudny.cabinet.library.index.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.rudny.cabinet.library.index.boundary.Facet;
import kz.rudny.cabinet.library.index.boundary.FacetCount;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Query;

/**
 * The {@link Facet}s as Lucene facet dimensions (sorted-set doc values, no taxonomy index): their
 * configuration, the per-reader ordinal state counting needs, drill-down filters and reading the counts.
 */
final class LibraryFacets {

    /** How many values of a facet a result reports. */
    static final int TOP_VALUES = 30;

    private final FacetsConfig config = new FacetsConfig();

    LibraryFacets() {
        for (Facet facet : Facet.values()) {
            config.setMultiValued(facet.name(), facet.multiValued());
        }
    }

    FacetsConfig config() {
        return config;
    }

    /**
     * The ordinal state of a reader, or null when no document in it has a facet (an empty index), where
     * Lucene would refuse to build one. Built once per reader: it maps every segment's ordinals.
     */
    SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        String field = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
        for (LeafReaderContext leaf : reader.leaves()) {
            FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
            if (info != null && info.getDocValuesType() == DocValuesType.SORTED_SET) {
                return new DefaultSortedSetDocValuesReaderState(reader, config);
            }
        }
        return null;
    }

    /** The base query narrowed to the filters' values: OR within a facet, AND across facets. */
    DrillDownQuery drillDown(Query base, Map<Facet, Set<String>> filters) {
        DrillDownQuery query = new DrillDownQuery(config, base);
        filters.forEach((facet, values) -> values.forEach(value -> query.add(facet.name(), value)));
        return query;
    }

    /** The top values of every facet, most frequent first; an empty list for a facet without values. */
    static Map<Facet, List<FacetCount>> counts(Facets facets) throws IOException {
        Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            counts.put(facet, top(facets, facet));
        }
        return counts;
    }

    /** Empty counts for every facet. */
    static Map<Facet, List<FacetCount>> none() {
        Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            counts.put(facet, List.of());
        }
        return counts;
    }

    private static List<FacetCount> top(Facets facets, Facet facet) throws IOException {
        FacetResult result;
        try {
            result = facets.getTopChildren(TOP_VALUES, facet.name());
        } catch (IllegalArgumentException notIndexed) {
            return List.of(); // no document of the reader has a value of this facet
        }
        if (result == null) {
            return List.of();
        }
        List<FacetCount> counts = new ArrayList<>(result.labelValues.length);
        for (LabelAndValue value : result.labelValues) {
            counts.add(new FacetCount(value.label, value.value.longValue()));
        }
        counts.sort(FacetCount.ORDER);
        return List.copyOf(counts);
    }
}
