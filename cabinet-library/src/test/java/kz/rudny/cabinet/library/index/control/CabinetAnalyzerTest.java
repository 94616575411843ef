package kz.rudny.cabinet.library.index.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Indexes short Kazakh, Russian and English titles in memory and searches them as users would. */
class CabinetAnalyzerTest {

    private static final String TITLE = "title";
    private static final List<String> TITLES = List.of(
            "Сабақтарымыздың жоспары",
            "Открытые уроки",
            "Открытый урок",
            "Ашық сабақтың әдістемесі",
            "Жас мұғалімге көмек",
            "Новый метод обучения",
            "Мектептегі тәрбие жұмысы",
            "Бағдарламалар жинағы",
            "Teachers' handbook");

    private static Analyzer analyzer;
    private static Directory directory;
    private static DirectoryReader reader;
    private static IndexSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        analyzer = new CabinetAnalyzer();
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (String title : TITLES) {
                Document document = new Document();
                document.add(new TextField(TITLE, title, Field.Store.NO));
                document.add(new StoredField("shown", title));
                writer.addDocument(document);
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
        analyzer.close();
    }

    @ParameterizedTest(name = "\"{0}\" finds \"{1}\"")
    @CsvSource(delimiter = ';', value = {
            "сабақ; Сабақтарымыздың жоспары",
            "сабақ; Ашық сабақтың әдістемесі",
            "сабақтар; Ашық сабақтың әдістемесі",
            "урок; Открытые уроки",
            "уроков; Открытый урок",
            "сабак; Ашық сабақтың әдістемесі",
            "сабактар; Сабақтарымыздың жоспары",
            "мұғалімдер; Жас мұғалімге көмек",
            "мугалимдер; Жас мұғалімге көмек",
            "мектеп; Мектептегі тәрбие жұмысы",
            "мектебі; Мектептегі тәрбие жұмысы",
            "бағдарлама; Бағдарламалар жинағы",
            "методы; Новый метод обучения",
            "teacher; Teachers' handbook"})
    void queryFindsTitle(String query, String title) throws IOException {
        Set<String> found = search(parse(query));
        assertTrue(found.contains(title), () -> query + " found " + found);
    }

    @ParameterizedTest(name = "\"{0}\" does not find \"{1}\"")
    @CsvSource(delimiter = ';', value = {
            "мектеп; Новый метод обучения",
            "метод; Мектептегі тәрбие жұмысы",
            "урок; Ашық сабақтың әдістемесі",
            "сабақ; Открытый урок",
            "жас; Жоспар"})
    void queryDoesNotFindTitle(String query, String title) throws IOException {
        assertFalse(search(parse(query)).contains(title));
    }

    @ParameterizedTest(name = "\"{0}\" analyses to {1}")
    @CsvSource(delimiter = ';', value = {
            "Сабақтарымыздың жоспары; сабак жоспар",
            "Жас мұғалімге көмек; жас мугалим комек",
            "Открытые уроки; открыт открытые урок уроки",
            "Мектептегі тәрбие жұмысы; мектеп тарбие жумыс",
            "Teachers' handbook; teacher handbook"})
    void analysedTerms(String text, String terms) {
        assertEquals(new TreeSet<>(List.of(terms.split(" "))), new TreeSet<>(analyse(text)));
    }

    /** A one-letter typo is found by a fuzzy query on the analysed term, not by an exact one. */
    @ParameterizedTest(name = "\"{0}\" finds \"{1}\" only fuzzily")
    @CsvSource(delimiter = ';', value = {
            "сабк; Ашық сабақтың әдістемесі",
            "сабкқ; Ашық сабақтың әдістемесі",
            "мұғалм; Жас мұғалімге көмек",
            "урк; Открытый урок"})
    void typoToleranceOnAnalysedTerms(String typo, String title) throws IOException {
        assertFalse(search(parse(typo)).contains(title));
        assertTrue(search(fuzzy(typo)).contains(title), () -> typo + " analysed to " + analyse(typo));
    }

    /** Typed without Kazakh letters the words also get Russian stems, but the Kazakh ones are all there. */
    @Test
    void kazakhWordsTypedWithRussianLettersGetTheKazakhStems() {
        List<String> typedInRussian = analyse("сабактарымыздын мугалимдерге");
        assertTrue(typedInRussian.containsAll(analyse("сабақтарымыздың мұғалімдерге")), typedInRussian::toString);
    }

    private static Query parse(String text) {
        return new QueryBuilder(analyzer).createBooleanQuery(TITLE, text);
    }

    private static Query fuzzy(String text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : analyse(text)) {
            query.add(new FuzzyQuery(new Term(TITLE, term), 1), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    private static Set<String> search(Query query) throws IOException {
        Set<String> found = new TreeSet<>();
        for (ScoreDoc hit : searcher.search(query, 20).scoreDocs) {
            found.add(searcher.storedFields().document(hit.doc).get("shown"));
        }
        return found;
    }

    private static List<String> analyse(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(TITLE, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
