package kz.rudny.cabinet.library.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.library.it.support.SlowTextExtractor;
import kz.rudny.cabinet.library.it.support.Uploads;
import kz.rudny.cabinet.library.it.support.Workflow;
import kz.rudny.cabinet.library.materials.boundary.MaterialReview;
import kz.rudny.cabinet.library.search.boundary.Found;
import kz.rudny.cabinet.library.search.boundary.FoundKind;
import kz.rudny.cabinet.library.search.boundary.LibrarySearch;
import kz.rudny.cabinet.library.search.boundary.SearchQuery;
import org.junit.jupiter.api.Test;

/**
 * Text extraction outside the approving request, with its limits (the suite's server reads for at most 10 s and
 * files of at most 100,000 bytes, src/test/resources/arquillian.xml): a document that would take ten minutes to
 * read ({@link SlowTextExtractor}) and one over the size limit. The approval returns at once, the material is found
 * by its title, and the reading is given up without holding anything: the next material's text is read as usual.
 *
 * <p>Run in the container by {@link LibrarySuiteIT}.
 */
interface TextExtractionTests {

    String AUTHOR = "g3.teacher";
    String METHODOLOGIST = "g3.methodologist";
    long LIMIT_SECONDS = 10;
    int LIMIT_BYTES = 100_000;

    Callers callers();

    Workflow workflow();

    MaterialReview review();

    LibrarySearch search();

    TestDatabase db();

    @Test
    default void aDocumentThatWouldTakeTooLongIsApprovedAtOnceFoundByItsTitleAndGivenUpAtTheLimit() {
        long slow = workflow().submitted(AUTHOR, Workflow.form("Баяусабақжоспары", null, Language.KK, null),
                "baiau.docx", Uploads.docx(SlowTextExtractor.SLOW_WORD + " және көкқұтанбалапан."));
        assertTrue(workflow().textRead(), "nothing else being read");
        callers().signIn(METHODOLOGIST);
        long approving = System.nanoTime();
        review().approve(slow, null);
        Duration approval = Duration.ofNanos(System.nanoTime() - approving);
        assertTrue(approval.toSeconds() < LIMIT_SECONDS, "the approval did not wait for the text: " + approval);
        assertEquals(List.of(slow), hits("баяусабақжоспары"), "found by its title right after the approval");

        long waiting = System.nanoTime();
        assertTrue(workflow().textRead(), "the ten-minute reading given up at the limit, not after ten minutes");
        Duration gaveUp = Duration.ofNanos(System.nanoTime() - waiting);
        assertTrue(gaveUp.toSeconds() >= LIMIT_SECONDS - 3 - approval.toSeconds(),
                "the reading really ran until the limit: " + gaveUp);
        assertEquals(List.of(), hits("көкқұтанбалапан"), "the text of a document given up is not indexed");
        assertEquals(List.of(slow), hits("баяусабақжоспары"), "still found by its title");

        assertTheNextMaterialsTextIsRead("шапшаңсабақжоспары", "ақбөкенқұлыны");
    }

    @Test
    default void aFileOverTheExtractionSizeLimitIsNotReadAndTheMaterialIsFoundByItsTitle() {
        byte[] big = largeDocx("үлкенфайлдыңсөзі");
        assertTrue(big.length > LIMIT_BYTES && big.length < 200_000, "between the two limits: " + big.length);
        long id = workflow().published(AUTHOR, METHODOLOGIST, Workflow.form("Үлкенқұжаттыңатауы", null, Language.KK,
                null), "ulken.docx", big);
        assertTrue(workflow().textRead());
        assertEquals(List.of(), hits("үлкенфайлдыңсөзі"), "a file over the limit is not read");
        assertEquals(List.of(id), hits("үлкенқұжаттыңатауы"), "found by its title");

        byte[] small = Uploads.docx("кішкентайфайлдыңсөзі");
        long read = workflow().published(AUTHOR, METHODOLOGIST, Workflow.form("Кішіқұжат", null, Language.KK, null),
                "kishi.docx", small);
        assertTrue(workflow().textRead());
        assertEquals(List.of(read), hits("кішкентайфайлдыңсөзі"), "a file under the limit is read");
    }

    /**
     * A cluster's servers apply each other's index changes from the change log, but each rebuilds its own index from
     * the database: what a rebuild puts back, and the files' text read for it afterwards, must not be logged (every
     * other server would apply a whole school's documents again, texts and all, after each unclean stop).
     */
    @Test
    default void aRebuildAndTheTextReadForItStayOutOfTheClustersChangeLog() {
        assertTrue(workflow().textRead(), "nothing else being read");
        long start = workflow().changeLogPosition();
        long id = workflow().published(AUTHOR, METHODOLOGIST, Workflow.form("Қайтаоқылатынжоспар", null, Language.KK,
                null), "qaita.docx", Uploads.docx("қайтаоқылғансөз"));
        assertTrue(workflow().textRead());
        long published = workflow().changeLogPosition();
        assertTrue(published >= start + 2, "the publication and its text are logged for the other servers: "
                + start + " -> " + published);

        workflow().rebuildIndexOf(db().schoolOf(AUTHOR));
        assertTrue(workflow().textRead(), "the rebuilt documents' text read");
        assertEquals(published, workflow().changeLogPosition(), "nothing of the rebuild in the change log");
        assertEquals(List.of(id), hits("қайтаоқылғансөз"), "the rebuilt document has its file's text");
        assertEquals(List.of(id), hits("қайтаоқылатынжоспар"), "and its title");
    }

    private void assertTheNextMaterialsTextIsRead(String title, String word) {
        long next = workflow().published(AUTHOR, METHODOLOGIST, Workflow.form(title, null, Language.KK, null),
                "next.docx", Uploads.docx(word));
        assertTrue(workflow().textRead());
        assertEquals(List.of(next), hits(word), "the next material's text is read as usual");
    }

    /** A DOCX of some 130,000 bytes: the word, then letters that do not compress. */
    private static byte[] largeDocx(String word) {
        Random random = new Random(12);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-";
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < 170_000; i++) {
            noise.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return Uploads.docx(word, noise.toString());
    }

    private List<Long> hits(String text) {
        return search().search(new SearchQuery(text, false, Map.of(), 0, 100), Language.KK).items().stream()
                .filter(f -> f.kind() == FoundKind.MATERIAL).map(Found::id).toList();
    }
}
