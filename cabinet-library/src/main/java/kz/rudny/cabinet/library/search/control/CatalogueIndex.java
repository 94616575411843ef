package kz.rudny.cabinet.library.search.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.rudny.cabinet.domain.platform.boundary.ConfigKeys;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The full-text index of the catalogue, beside the database in {@code cabinet.data.dir/index/catalogue}.
 * Every document carries its school; every search is filtered to one school, so the index never answers
 * across schools. Words are matched by their analysed forms ({@link CabinetAnalyzer}), with one typo
 * forgiven in longer words; relevance orders the hits.
 */
@ApplicationScoped
public class CatalogueIndex {

    /** The ids of one page of hits, best first, and how many hits there are in all. */
    public record Hits(List<Long> titleIds, long total) {
    }

    private static final String KEY = "key";
    private static final String SCHOOL = "school";
    private static final String ID = "id";
    private static final String TEXT = "text";
    private static final int FUZZY_FROM_LENGTH = 5;

    @Inject
    @ConfigProperty(name = ConfigKeys.DATA_DIR)
    String dataDir;

    private final Analyzer analyzer = new CabinetAnalyzer();
    private IndexWriter writer;
    private SearcherManager searchers;

    private synchronized IndexWriter writer() throws IOException {
        if (writer == null) {
            Path folder = Path.of(dataDir, "index", "catalogue");
            Files.createDirectories(folder);
            writer = new IndexWriter(FSDirectory.open(folder), new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            writer.commit();
            searchers = new SearcherManager(writer, null);
        }
        return writer;
    }

    public boolean isEmpty() {
        try {
            return writer().getDocStats().numDocs == 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces a title's document. */
    public void put(long schoolId, long titleId, String text) {
        putAll(schoolId, Map.of(titleId, text));
    }

    /** Adds or replaces several titles' documents of one school, with one commit. */
    public void putAll(long schoolId, Map<Long, String> textByTitle) {
        try {
            IndexWriter w = writer();
            for (Map.Entry<Long, String> title : textByTitle.entrySet()) {
                String key = schoolId + ":" + title.getKey();
                Document doc = new Document();
                doc.add(new StringField(KEY, key, Field.Store.NO));
                doc.add(new StringField(SCHOOL, Long.toString(schoolId), Field.Store.NO));
                doc.add(new StoredField(ID, title.getKey()));
                doc.add(new TextField(TEXT, title.getValue(), Field.Store.NO));
                w.updateDocument(new Term(KEY, key), doc);
            }
            w.commit();
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One school's titles that match every word of the query (in any of its forms), best first. */
    public Hits search(long schoolId, String queryText, int first, int size) {
        try {
            writer();
            IndexSearcher searcher = searchers.acquire();
            try {
                Query query = query(schoolId, queryText);
                TopDocs top = searcher.search(query, first + size);
                List<Long> ids = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = first; i < docs.length; i++) {
                    ids.add(searcher.storedFields().document(docs[i].doc).getField(ID).numericValue().longValue());
                }
                return new Hits(ids, top.totalHits.value);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each word of the query must match; the forms the analyzer gives a word are alternatives. */
    Query query(long schoolId, String queryText) throws IOException {
        Map<Integer, List<String>> words = new LinkedHashMap<>();
        try (TokenStream stream = analyzer.tokenStream(TEXT, queryText)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                words.computeIfAbsent(position, p -> new ArrayList<>()).add(term.toString());
            }
            stream.end();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SCHOOL, Long.toString(schoolId))), BooleanClause.Occur.FILTER);
        for (List<String> forms : words.values()) {
            BooleanQuery.Builder word = new BooleanQuery.Builder();
            for (String form : forms) {
                word.add(new BoostQuery(new TermQuery(new Term(TEXT, form)), 2f), BooleanClause.Occur.SHOULD);
                if (form.length() >= FUZZY_FROM_LENGTH) {
                    word.add(new FuzzyQuery(new Term(TEXT, form), 1, 2), BooleanClause.Occur.SHOULD);
                }
            }
            all.add(word.build(), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    @PreDestroy
    synchronized void close() {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
