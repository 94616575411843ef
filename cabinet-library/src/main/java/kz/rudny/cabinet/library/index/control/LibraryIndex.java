package kz.rudny.cabinet.library.index.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import kz.rudny.cabinet.library.index.boundary.DocumentKind;
import kz.rudny.cabinet.library.index.boundary.SearchDocument;
import kz.rudny.cabinet.library.index.boundary.SearchHit;
import kz.rudny.cabinet.library.index.boundary.SearchRequest;
import kz.rudny.cabinet.library.index.boundary.SearchResult;
import kz.rudny.cabinet.library.index.boundary.SearchScope;
import kz.rudny.cabinet.library.index.boundary.SnippetPart;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The library's full-text index of catalogue titles and digital materials of all schools, in one folder.
 * A search sees one school's documents or the district's shared ones ({@link SearchScope}), matches every
 * word of the text in its forms ({@link LibraryQuery}), narrows by facet values, counts the facets with
 * drill-sideways semantics ({@link LibraryFacets}) and gives each hit of the page a snippet
 * ({@link SnippetHighlighter}). Blank text lists the scope newest first.
 *
 * <p>Changes: every change is committed before the call returns and the near-real-time searcher is then
 * refreshed (blocking), so the next search sees it and a crash does not lose it. A commit costs a few
 * milliseconds (it syncs the new files), which is fine for single changes, as teachers save far less often
 * than anyone searches; {@link #putAll} commits and refreshes once for the whole batch (rebuilds).
 *
 * <p>Thread-safe: Lucene's writer and searcher manager are; a search holds its searcher until it is done.
 * Plain Java, no CDI, so that tests and the benchmark can open one on a folder.
 */
public final class LibraryIndex implements AutoCloseable {

    private static final double RAM_BUFFER_MB = 32;
    private static final Sort NEWEST_FIRST = new Sort(
            new SortField(LibraryFields.SORT_KEY, SortField.Type.LONG, true),
            new SortField(LibraryFields.ID, SortField.Type.LONG, true));

    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final LibraryFacets facets = new LibraryFacets();
    private final LibraryQuery queries;

    private LibraryIndex(Directory directory, Analyzer analyzer, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = writer;
        this.queries = new LibraryQuery(analyzer);
        this.searchers = new SearcherManager(writer, FacetedSearcher.factory(facets));
    }

    /** Opens the index in the folder, creating the folder and an empty index if missing. */
    public static LibraryIndex open(Path folder) {
        Directory directory = null;
        Analyzer analyzer = new CabinetAnalyzer();
        IndexWriter writer = null;
        try {
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB));
            writer.commit();
            return new LibraryIndex(directory, analyzer, writer);
        } catch (IOException e) {
            IOUtils.closeWhileHandlingException(writer, directory, analyzer);
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the document, or replaces the one with its kind, school and id; visible to the next search. */
    public void put(SearchDocument document) {
        putAll(List.of(document));
    }

    /**
     * Adds or replaces the documents with one commit and one refresh (for imports and rebuilds). All are
     * turned into Lucene documents first, so that an invalid one fails the call before anything changes.
     */
    public void putAll(Collection<SearchDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        List<Document> docs = new ArrayList<>(documents.size());
        for (SearchDocument document : documents) {
            docs.add(LibraryFields.toDocument(document, facets.config()));
        }
        change(() -> {
            int i = 0;
            for (SearchDocument document : documents) {
                writer.updateDocument(LibraryFields.keyTerm(document.kind(), document.schoolId(), document.id()),
                        docs.get(i++));
            }
        });
    }

    /** Removes a document, if there is one; gone for the next search. */
    public void remove(DocumentKind kind, long schoolId, long id) {
        change(() -> writer.deleteDocuments(LibraryFields.keyTerm(kind, schoolId, id)));
    }

    /** Removes all documents of a kind of one school, e.g. before re-indexing its catalogue. */
    public void removeSchool(long schoolId, DocumentKind kind) {
        Query school = new BooleanQuery.Builder()
                .add(new TermQuery(LibraryFields.schoolTerm(schoolId)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(LibraryFields.kindTerm(kind)), BooleanClause.Occur.FILTER)
                .build();
        change(() -> writer.deleteDocuments(school));
    }

    /** Removes every document, for a rebuild from the database. */
    public void clear() {
        change(writer::deleteAll);
    }

    /** How many documents the index has. */
    public long count() {
        return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    public boolean isEmpty() {
        return count() == 0;
    }

    /** One page of the request's hits, the total and the facet counts. */
    public SearchResult search(SearchRequest request) {
        return withSearcher(searcher -> search(searcher, request));
    }

    private SearchResult search(FacetedSearcher searcher, SearchRequest request) throws IOException {
        if (searcher.facetState() == null) {
            return new SearchResult(List.of(), 0, LibraryFacets.none()); // nothing indexed yet
        }
        Query text = queries.parse(request.text());
        DrillDownQuery query = facets.drillDown(base(request, text), request.filters());
        DrillSideways sideways = new DrillSideways(searcher, facets.config(), searcher.facetState());
        int wanted = Math.max(1, request.first() + request.size());
        DrillSideways.DrillSidewaysResult found = text == null
                ? sideways.search(query, null, null, wanted, NEWEST_FIRST, false)
                : sideways.search(query, wanted);

        ScoreDoc[] page = page(found.hits, request);
        List<SnippetPart>[] snippets = snippets(searcher, text, page);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            hits.add(hit(searcher, page[i], text == null ? 0 : page[i].score, snippets[i]));
        }
        return new SearchResult(hits, found.hits.totalHits.value, LibraryFacets.counts(found.facets));
    }

    /** The text (or all documents) within the scope and kinds. */
    private static Query base(SearchRequest request, Query text) {
        BooleanQuery.Builder base = new BooleanQuery.Builder()
                .add(text == null ? new MatchAllDocsQuery() : text, BooleanClause.Occur.MUST)
                .add(scope(request.scope()), BooleanClause.Occur.FILTER);
        if (!request.kinds().isEmpty() && request.kinds().size() < DocumentKind.values().length) {
            BooleanQuery.Builder kinds = new BooleanQuery.Builder();
            request.kinds().forEach(kind -> kinds.add(new TermQuery(LibraryFields.kindTerm(kind)),
                    BooleanClause.Occur.SHOULD));
            base.add(kinds.build(), BooleanClause.Occur.FILTER);
        }
        return base.build();
    }

    private static Query scope(SearchScope scope) {
        if (scope instanceof SearchScope.School school) {
            return new TermQuery(LibraryFields.schoolTerm(school.schoolId()));
        }
        return new TermQuery(LibraryFields.sharedTerm()); // the district: shared documents of all schools
    }

    private static ScoreDoc[] page(TopDocs top, SearchRequest request) {
        int from = Math.min(request.first(), top.scoreDocs.length);
        int to = Math.min(request.first() + request.size(), top.scoreDocs.length);
        ScoreDoc[] page = new ScoreDoc[to - from];
        System.arraycopy(top.scoreDocs, from, page, 0, page.length);
        return page;
    }

    /** Highlighted passages where the text matched; the start of the description otherwise. */
    private List<SnippetPart>[] snippets(IndexSearcher searcher, Query text, ScoreDoc[] page) throws IOException {
        @SuppressWarnings("unchecked")
        List<SnippetPart>[] snippets = new List[page.length];
        if (text != null && page.length > 0) {
            int[] docIds = new int[page.length];
            for (int i = 0; i < page.length; i++) {
                docIds[i] = page[i].doc;
            }
            snippets = new SnippetHighlighter(searcher, analyzer).snippets(text, docIds);
        }
        for (int i = 0; i < page.length; i++) {
            if (snippets[i] == null) {
                snippets[i] = OpeningSnippet.of(searcher, page[i].doc);
            }
        }
        return snippets;
    }

    private static SearchHit hit(IndexSearcher searcher, ScoreDoc scoreDoc, float score, List<SnippetPart> snippet)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(scoreDoc.doc, leaves));
        int doc = scoreDoc.doc - leaf.docBase;
        LeafReader reader = leaf.reader();
        SortedDocValues kind = DocValues.getSorted(reader, LibraryFields.KIND);
        NumericDocValues school = DocValues.getNumeric(reader, LibraryFields.SCHOOL);
        NumericDocValues id = DocValues.getNumeric(reader, LibraryFields.ID);
        if (!kind.advanceExact(doc) || !school.advanceExact(doc) || !id.advanceExact(doc)) {
            throw new IllegalStateException("document " + scoreDoc.doc + " lacks its kind, school or id");
        }
        DocumentKind documentKind = DocumentKind.valueOf(kind.lookupOrd(kind.ordValue()).utf8ToString());
        return new SearchHit(documentKind, school.longValue(), id.longValue(), score, snippet);
    }

    /** A change to the index, committed and made visible to searches before it returns. */
    private void change(IndexChange change) {
        try {
            change.apply();
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply((FacetedSearcher) searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            IOUtils.close(searchers, writer, directory, analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface IndexChange {
        void apply() throws IOException;
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T apply(FacetedSearcher searcher) throws IOException;
    }
}
