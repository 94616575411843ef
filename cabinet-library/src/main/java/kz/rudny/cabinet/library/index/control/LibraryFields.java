package kz.rudny.cabinet.library.index.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import kz.rudny.cabinet.library.index.boundary.DocumentKind;
import kz.rudny.cabinet.library.index.boundary.Facet;
import kz.rudny.cabinet.library.index.boundary.SearchDocument;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * The fields of a {@link LibraryIndex} document, in one place, and how a {@link SearchDocument} becomes one.
 *
 * <ul>
 * <li>{@link #KEY}: "KIND/school/id", the term a document is replaced and removed by;</li>
 * <li>{@link #KIND}, {@link #SCHOOL}, {@link #SHARED}: terms for the scope and kind filters; kind and
 *     school also as doc values, with {@link #ID}, to say which document a hit is;</li>
 * <li>{@link #SORT_KEY}: doc values for "newest first";</li>
 * <li>{@link #TITLE}, {@link #DESCRIPTION}, {@link #BODY}: analysed and stored for snippets; the body also
 *     with offsets in the postings, so that its snippet needs no re-analysis of a long text;</li>
 * <li>{@link #KEYWORDS}: analysed only;</li>
 * <li>{@link #TYPO}: title, keywords and description once more, analysed only, the one field where a typo
 *     is forgiven: one fuzzy query per word instead of one per field (fuzzy matching costs most of a
 *     search); not the body, whose vocabulary is the largest and whose near-misses would be noise;</li>
 * <li>the facets: sorted-set doc values (and drill-down terms) in the facet module's own field.</li>
 * </ul>
 * The names are public for tools that read the index directly (the search benchmark); writing stays here.
 */
public final class LibraryFields {

    public static final String KEY = "key";
    public static final String KIND = "kind";
    public static final String SCHOOL = "school";
    public static final String ID = "id";
    public static final String SHARED = "shared";
    public static final String SORT_KEY = "sortKey";
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String BODY = "body";
    public static final String KEYWORDS = "keywords";
    public static final String TYPO = "typo";

    /** The text fields a query searches, with the weight of a match in each. */
    public static final Map<String, Float> SEARCHED = Map.of(TITLE, 4f, KEYWORDS, 2f, DESCRIPTION, 1.5f, BODY, 1f);
    /** The weight of a match with one typo, in {@link #TYPO}. */
    public static final float TYPO_WEIGHT = 1f;

    private static final String YES = "1";
    private static final FieldType STORED_TEXT = storedText(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    private static final FieldType STORED_TEXT_WITH_OFFSETS =
            storedText(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);

    private LibraryFields() {
    }

    static String key(DocumentKind kind, long schoolId, long id) {
        return kind.name() + "/" + schoolId + "/" + id;
    }

    static Term keyTerm(DocumentKind kind, long schoolId, long id) {
        return new Term(KEY, key(kind, schoolId, id));
    }

    static Term kindTerm(DocumentKind kind) {
        return new Term(KIND, kind.name());
    }

    static Term schoolTerm(long schoolId) {
        return new Term(SCHOOL, Long.toString(schoolId));
    }

    static Term sharedTerm() {
        return new Term(SHARED, YES);
    }

    /** The Lucene document of a search document, facets included (built by {@code config}). */
    static Document toDocument(SearchDocument source, FacetsConfig config) {
        Document doc = new Document();
        doc.add(new StringField(KEY, key(source.kind(), source.schoolId(), source.id()), Field.Store.NO));
        doc.add(new StringField(KIND, source.kind().name(), Field.Store.NO));
        doc.add(new SortedDocValuesField(KIND, new BytesRef(source.kind().name())));
        doc.add(new StringField(SCHOOL, Long.toString(source.schoolId()), Field.Store.NO));
        doc.add(new NumericDocValuesField(SCHOOL, source.schoolId()));
        doc.add(new NumericDocValuesField(ID, source.id()));
        doc.add(new StringField(SHARED, source.shared() ? YES : "0", Field.Store.NO));
        doc.add(new NumericDocValuesField(SORT_KEY, source.sortKey()));
        addText(doc, TITLE, source.title(), STORED_TEXT);
        addText(doc, DESCRIPTION, source.description(), STORED_TEXT);
        addText(doc, BODY, source.body(), STORED_TEXT_WITH_OFFSETS);
        addText(doc, KEYWORDS, source.keywords(), TextField.TYPE_NOT_STORED);
        addText(doc, TYPO, String.join("\n", source.title(), source.keywords(), source.description()),
                TextField.TYPE_NOT_STORED);
        doc.add(new SortedSetDocValuesFacetField(Facet.KIND.name(), source.kind().name()));
        doc.add(new SortedSetDocValuesFacetField(Facet.SCHOOL.name(), Long.toString(source.schoolId())));
        source.facets().forEach((facet, values) -> values.forEach(
                value -> doc.add(new SortedSetDocValuesFacetField(facet.name(), value))));
        try {
            return config.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addText(Document doc, String name, String text, FieldType type) {
        if (!text.isBlank()) {
            doc.add(new Field(name, text, type));
        }
    }

    private static FieldType storedText(IndexOptions options) {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(options);
        type.freeze();
        return type;
    }
}
