package kz.rudny.cabinet.library.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.rudny.cabinet.domain.errors.AccessDeniedException;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.certificates.boundary.CertificateCheck;
import kz.rudny.cabinet.domain.certificates.boundary.CertificateKind;
import kz.rudny.cabinet.domain.certificates.boundary.CertificateStatement;
import kz.rudny.cabinet.library.certificates.boundary.Certificates;
import kz.rudny.cabinet.library.corners.boundary.CornerItemView;
import kz.rudny.cabinet.library.corners.boundary.CornerView;
import kz.rudny.cabinet.library.corners.boundary.Corners;
import kz.rudny.cabinet.library.corners.boundary.SeedCorner;
import kz.rudny.cabinet.library.exchange.boundary.CommentView;
import kz.rudny.cabinet.library.exchange.boundary.DistrictExchange;
import kz.rudny.cabinet.library.exchange.boundary.Feedback;
import kz.rudny.cabinet.library.exchange.boundary.FeedbackView;
import kz.rudny.cabinet.library.exchange.boundary.SharedMaterialView;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.library.it.support.FilesOnDisk;
import kz.rudny.cabinet.library.it.support.Uploads;
import kz.rudny.cabinet.library.it.support.Workflow;
import kz.rudny.cabinet.domain.files.boundary.Download;
import kz.rudny.cabinet.library.materials.boundary.MaterialReview;
import kz.rudny.cabinet.library.materials.boundary.Materials;
import kz.rudny.cabinet.library.materials.boundary.ShareState;
import kz.rudny.cabinet.library.search.boundary.Found;
import kz.rudny.cabinet.library.search.boundary.FoundKind;
import kz.rudny.cabinet.library.search.boundary.LibrarySearch;
import kz.rudny.cabinet.library.search.boundary.SearchAnswer;
import kz.rudny.cabinet.library.search.boundary.SearchFacet;
import kz.rudny.cabinet.library.search.boundary.SearchQuery;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The library beyond one school's review, in Payara Micro with the demo data: full-text search over the text
 * inside the files (school and district scope), the district exchange between the gymnasium №3 (g3) and
 * school №12 (s12) with ratings and comments, publication certificates and their public check, and the
 * corners. Every word a test searches for is made up for that test, so the demo data and the other tests'
 * materials never answer it.
 *
 * <p>Run in the container by {@link LibrarySuiteIT}, which implements this interface and hands it the beans through
 * the accessor methods below.
 */
interface LibraryExchangeTests {

    static final String AUTHOR = "g3.teacher";
    static final String METHODOLOGIST = "g3.methodologist";
    static final String COLLEAGUE = "g3.young";
    static final String OTHER_TEACHER = "s12.teacher";
    static final String OTHER_HEAD = "s12.head";
    static final String OTHER_METHODOLOGIST = "s12.methodologist";
    static final String DISTRICT = "district.methodologist";
    static final Pattern CODE = Pattern.compile("\\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\\b");

    Callers callers();

    Workflow workflow();

    Materials materials();

    MaterialReview review();

    LibrarySearch search();

    DistrictExchange exchange();

    Feedback feedback();

    Certificates certificates();

    CertificateCheck check();

    Corners corners();

    TestDatabase db();

    // -------------------------------------------------------------------------------------------------- search

    @Test
    default void aPublishedMaterialIsFoundByAWordOnlyInsideItsFileAndInAnotherFormOfIt() {
        long kazakh = workflow().submitted(AUTHOR, Workflow.form("Зертханалық жұмыс", null, Language.KK, null),
                "zerthana.docx", Uploads.docx("Шаңыраққұлпытас әдісі.",
                        "Сабақтардың барысында оқушылар топпен жұмыс істейді."));
        assertFalse(schoolHits("шаңыраққұлпытас").contains(kazakh), "submitted: not in the index yet");
        callers().signIn(METHODOLOGIST);
        assertFalse(schoolHits("шаңыраққұлпытас").contains(kazakh));
        review().approve(kazakh, null);

        callers().signIn(COLLEAGUE);
        List<Found> found = searchWhenTextRead(school("шаңыраққұлпытас"), Language.KK).items();
        assertEquals(1, found.size(), found::toString);
        assertAll(
                () -> assertEquals(FoundKind.MATERIAL, found.get(0).kind()),
                () -> assertEquals(kazakh, found.get(0).id()),
                () -> assertEquals("Зертханалық жұмыс", found.get(0).title()),
                () -> assertEquals(db().schoolOf(AUTHOR), found.get(0).schoolId()),
                () -> assertNull(found.get(0).shareId()));
        assertTrue(schoolHits("сабақ").contains(kazakh), "the file says «сабақтардың»");
        assertTrue(schoolHits("сабақтар").contains(kazakh));
        assertTrue(schoolHits("сабак").contains(kazakh), "typed with Russian letters");

        long russian = workflow().submitted(OTHER_TEACHER, Workflow.form(null, "Литературное чтение", Language.RU, null),
                "chtenie.docx", Uploads.docx("Квазиглоссарий для уроков литературы в пятом классе."));
        callers().signIn(OTHER_METHODOLOGIST);
        review().approve(russian, null);
        callers().signIn(OTHER_HEAD);
        assertTrue(schoolHits("урок").contains(russian), "the file says «уроков»");
        assertTrue(schoolHits("квазиглоссарий").contains(russian));
        assertFalse(schoolHits("квазиглоссарий литература математика").contains(russian), "every word must match");

        callers().signIn(COLLEAGUE);
        assertNotFound(school("квазиглоссарий"), "another school's material is not in g3's library");
    }

    @Test
    default void aReturnedOrDeletedMaterialIsNotFoundRightAfterTheChange() {
        long returned = workflow().submitted(AUTHOR, Workflow.form("Қайтарылатын", null, Language.KK, null), "q.docx",
                Uploads.docx("Көкжиеккөпірлер туралы сабақ."));
        callers().signIn(METHODOLOGIST);
        review().returnToAuthor(returned, "Толықтырыңыз");
        assertNotFound(school("көкжиеккөпір"), "returned: never in the index");
        callers().signIn(AUTHOR);
        assertNotFound(school("көкжиеккөпір"), "not even its author finds a returned material");

        long deleted = workflow().published(AUTHOR, METHODOLOGIST, Workflow.form("Өшірілетін", null, Language.KK, null),
                "o.docx", Uploads.docx("Тасбақатұяқ ойыны."));
        callers().signIn(METHODOLOGIST);
        assertEquals(List.of(deleted), schoolHits("тасбақатұяқ"));
        long share = exchange().share(deleted);
        callers().signIn(OTHER_TEACHER);
        assertEquals(List.of(deleted), districtHits("тасбақатұяқ"));

        callers().signIn(METHODOLOGIST);
        materials().delete(deleted);
        assertNotFound(school("тасбақатұяқ"), "gone from the school's search at once");
        callers().signIn(OTHER_TEACHER);
        assertNotFound(district("тасбақатұяқ"), "and from the district's");
        assertThrows(NotFoundException.class, () -> exchange().view(share), "its share was withdrawn with it");
        assertEquals("WITHDRAWN", db().column("SELECT STATE FROM DISTRICT_SHARE WHERE ID = ?", share).get(0));
    }

    @Test
    default void anUnsharedMaterialIsFoundOnlyInItsSchoolAndInTheDistrictOnlyWhileShared() {
        long id = workflow().published(AUTHOR, METHODOLOGIST, Workflow.form("Алтын сандық", null, Language.KK, null), "a.docx",
                Uploads.docx("Алтынсандықтану жобасы."));
        callers().signIn(OTHER_TEACHER);
        assertNotFound(school("алтынсандықтану"), "s12 never finds g3's unshared material");
        assertNotFound(district("алтынсандықтану"), "not shared: not in the district");

        callers().signIn(METHODOLOGIST);
        long share = exchange().share(id);
        assertEquals(ShareState.SHARED, materials().view(id).shareState());

        callers().signIn(OTHER_TEACHER);
        List<Found> district = searchWhenTextRead(district("алтынсандықтану"), Language.RU).items();
        assertEquals(1, district.size(), district::toString);
        assertAll(
                () -> assertEquals(id, district.get(0).id()),
                () -> assertEquals(share, district.get(0).shareId()),
                () -> assertEquals(db().schoolOf(AUTHOR), district.get(0).schoolId()),
                () -> assertEquals(workflow().schoolName(AUTHOR), district.get(0).schoolName()),
                () -> assertFalse(district.get(0).featured()));
        assertNotFound(school("алтынсандықтану"), "the school scope stays the caller's school");
        callers().signIn(COLLEAGUE);
        assertEquals(List.of(id), schoolHits("алтынсандықтану"));

        callers().signIn(DISTRICT);
        assertEquals(List.of(id), districtHits("алтынсандықтану"));
        assertRefused("reason", "share.reasonRequired", () -> exchange().withdraw(share, null));
        assertRefused("reason", "share.reasonRequired", () -> exchange().withdraw(share, " \n "));
        assertEquals("SHARED", db().column("SELECT STATE FROM DISTRICT_SHARE WHERE ID = ?", share).get(0));
        exchange().withdraw(share, "Авторлық құқық тексерілуде");
        assertNotFound(district("алтынсандықтану"), "withdrawn: gone for the curator too");

        callers().signIn(OTHER_TEACHER);
        assertNotFound(district("алтынсандықтану"), "withdrawn: gone from the district");
        callers().signIn(COLLEAGUE);
        assertEquals(List.of(id), schoolHits("алтынсандықтану"), "its school keeps it");
        callers().signIn(METHODOLOGIST);
        assertEquals(ShareState.WITHDRAWN, materials().view(id).shareState());
        assertEquals("Авторлық құқық тексерілуде", exchange().view(share).withdrawReason(), "its school learns why");
    }

    // ---------------------------------------------------------------------------------------- sharing, feedback

    @Test
    default void anotherSchoolReachesOnlyTheSharedCopyAndRatesAndCommentsIt() {
        long g3 = db().schoolOf(AUTHOR);
        byte[] content = Uploads.docx("Бәйге ойынының ережелері.");
        long id = workflow().published(AUTHOR, METHODOLOGIST, Workflow.form("Бәйге", "Байга", Language.KK, null), "baige.docx",
                content);
        long fileId = workflow().fileIds(id).get(0);

        callers().signIn(OTHER_TEACHER);
        assertThrows(NotFoundException.class, () -> materials().view(id));
        assertThrows(NotFoundException.class, () -> materials().download(fileId));
        assertThrows(NotFoundException.class, () -> feedback().view(g3, id));
        assertThrows(NotFoundException.class, () -> feedback().rate(g3, id, 5));
        assertThrows(NotFoundException.class, () -> feedback().comment(g3, id, "Керемет!"));
        assertNoFeedback(g3, id);

        long draft = workflow().draft(AUTHOR, Workflow.form("Жоба", null, Language.KK, null), "j.docx",
                Uploads.docx("жоба"));
        callers().signIn(METHODOLOGIST);
        assertRefused("status", "share.notPublished", () -> exchange().share(draft));
        long share = exchange().share(id);
        assertRefused("status", "share.alreadyShared", () -> exchange().share(id));
        assertEquals(1, db().number("SELECT COUNT(*) FROM DISTRICT_SHARE WHERE MATERIAL_ID = ? AND ORIGIN_SCHOOL_ID = ?",
                id, g3));
        callers().signIn(OTHER_METHODOLOGIST);
        assertThrows(NotFoundException.class, () -> exchange().share(id), "only its own school shares a material");

        callers().signIn(OTHER_TEACHER);
        SharedMaterialView shared = exchange().view(share);
        assertAll(
                () -> assertEquals(id, shared.materialId()),
                () -> assertEquals(g3, shared.schoolId()),
                () -> assertEquals(workflow().schoolName(AUTHOR), shared.schoolName()),
                () -> assertEquals("Бәйге", shared.titleKk()),
                () -> assertEquals(workflow().fullName(AUTHOR), shared.authorName()),
                () -> assertEquals(ShareState.SHARED, shared.state()),
                () -> assertFalse(shared.ownSchool()),
                () -> assertEquals(1, shared.files().size()));
        Download download = exchange().download(shared.files().get(0).id());
        assertEquals("baige.docx", download.name());
        assertArrayEquals(content, FilesOnDisk.read(download.path()));
        assertEquals(1, exchange().view(share).downloads());
        assertThrows(NotFoundException.class, () -> materials().view(id), "the school's own record stays its own");
        assertThrows(NotFoundException.class, () -> materials().download(fileId));

        assertRefused("stars", "rating.range", () -> feedback().rate(g3, id, 0));
        assertRefused("stars", "rating.range", () -> feedback().rate(g3, id, 6));
        assertRefused("stars", "rating.range", () -> feedback().rate(g3, id, null));
        assertNoFeedback(g3, id);
        feedback().rate(g3, id, 4);
        feedback().rate(g3, id, 2);
        FeedbackView afterRating = feedback().view(g3, id);
        assertEquals(2, afterRating.myStars(), "rating again replaces the earlier rating");
        assertEquals(1, afterRating.ratings());
        assertEquals(2.0, afterRating.average());
        assertEquals(List.of(2), db().column("SELECT STARS FROM MATERIAL_RATING WHERE MATERIAL_SCHOOL_ID = ? "
                + "AND MATERIAL_ID = ?", g3, id).stream().map(n -> ((Number) n).intValue()).toList());
        assertRefused("comment", "field.required", () -> feedback().comment(g3, id, "  "));
        feedback().comment(g3, id, "Өте пайдалы, рақмет!");

        callers().signIn(OTHER_HEAD);
        feedback().rate(g3, id, 5);
        FeedbackView both = feedback().view(g3, id);
        assertEquals(3.5, both.average());
        assertEquals(2, both.ratings());
        assertEquals(5, both.myStars());
        CommentView comment = both.comments().get(0);
        assertEquals(1, both.comments().size());
        assertEquals("Өте пайдалы, рақмет!", comment.text());
        assertEquals(workflow().fullName(OTHER_TEACHER), comment.authorName());
        assertEquals(workflow().schoolName(OTHER_TEACHER), comment.schoolName());

        callers().signIn(AUTHOR);
        assertEquals(3.5, feedback().view(g3, id).average(), "the author's school sees the district's feedback");

        callers().signIn(DISTRICT);
        exchange().withdraw(share, "Қайта қаралады");
        callers().signIn(OTHER_TEACHER);
        long shareFile = shared.files().get(0).id();
        assertThrows(NotFoundException.class, () -> exchange().view(share));
        assertThrows(NotFoundException.class, () -> exchange().download(shareFile));
        assertThrows(NotFoundException.class, () -> feedback().view(g3, id));
        assertThrows(NotFoundException.class, () -> feedback().rate(g3, id, 1));
        assertThrows(NotFoundException.class, () -> feedback().comment(g3, id, "Тағы"));
        assertEquals(2, db().number("SELECT COUNT(*) FROM MATERIAL_RATING WHERE MATERIAL_ID = ? AND MATERIAL_SCHOOL_ID = ?",
                id, g3));
        assertEquals(1, db().number("SELECT COUNT(*) FROM MATERIAL_COMMENT WHERE MATERIAL_ID = ? AND MATERIAL_SCHOOL_ID = ?",
                id, g3));
        assertEquals(1, db().number("SELECT DOWNLOADS FROM DISTRICT_SHARE WHERE ID = ?", share),
                "the refused download counted nothing");
    }

    @Test
    default void onlyDistrictMethodologistsCurateTheExchange() {
        long id = workflow().published(AUTHOR, METHODOLOGIST, Workflow.form("Кураторлық", null, Language.KK, null), "k.docx",
                Uploads.docx("мазмұн"));
        callers().signIn(METHODOLOGIST);
        long share = exchange().share(id);
        assertThrows(AccessDeniedException.class, () -> exchange().withdraw(share, "Өзім алдым"));
        assertThrows(AccessDeniedException.class, () -> exchange().feature(share));
        callers().signIn(OTHER_TEACHER);
        assertThrows(AccessDeniedException.class, () -> exchange().withdraw(share, "Ұнамады"));
        callers().signIn(DISTRICT);
        assertThrows(AccessDeniedException.class, () -> exchange().share(id), "the district shares nothing itself");
        assertEquals(ShareState.SHARED, exchange().view(share).state());
        exchange().feature(share);
        assertEquals(ShareState.FEATURED, exchange().view(share).state());
        assertTrue(exchange().feed(kz.rudny.cabinet.domain.paging.PageRequest.firstPage(100), true, false).items()
                .stream().anyMatch(s -> s.shareId() == share));
    }

    // ---------------------------------------------------------------------------------------------- certificates

    @Test
    default void anApprovedMaterialGivesACertificateWhoseCodeThePublicCheckFinds() {
        String title = "Көкпар тарихы";
        long id = workflow().published(AUTHOR, METHODOLOGIST, Workflow.form(title, null, Language.KK, null), "kokpar.docx",
                Uploads.docx("Көкпар"));
        callers().signIn(AUTHOR);
        assertEquals(List.of(CertificateKind.APPROVED_IN_SCHOOL), certificates().available(id));
        byte[] pdf = certificates().pdf(id, CertificateKind.APPROVED_IN_SCHOOL, Language.KK, "https://cabinet.example/verify");
        String text = text(pdf);
        String code = code(text);
        assertTrue(text.contains(workflow().fullName(AUTHOR)), text);
        assertTrue(text.contains(title), text);

        CertificateStatement statement = check().check(code).orElseThrow();
        assertAll(
                () -> assertEquals(code, statement.code()),
                () -> assertEquals(CertificateKind.APPROVED_IN_SCHOOL, statement.kind()),
                () -> assertEquals(workflow().fullName(AUTHOR), statement.holderName()),
                () -> assertEquals(title, statement.title()),
                () -> assertEquals(workflow().schoolName(AUTHOR), statement.schoolName()),
                () -> assertTrue(statement.dated() != null));
        assertEquals(Optional.of(code), check().check(" " + code.toLowerCase().replace("-", " ") + " ").map(CertificateStatement::code),
                "typed by hand");
        assertEquals(code, code(text(certificates().pdf(id, CertificateKind.APPROVED_IN_SCHOOL, Language.RU,
                "https://cabinet.example/verify"))), "downloading again gives the same certificate");
        assertEquals(1, db().number("SELECT COUNT(*) FROM CERTIFICATE_REGISTER WHERE SUBJECT_KEY = ?",
                "MATERIAL:" + db().schoolOf(AUTHOR) + ":" + id));

        for (String typed : new String[] {null, "", "   ", "ABCD", "ABCD-EFGH-JKMN-P", "ABCD-EFGH-JK!N", code + "0",
                "<script>alert(1)</script>", "' OR '1'='1", unknownCode(code)}) {
            assertEquals(Optional.empty(), check().check(typed), "code " + typed);
        }

        assertRefused("kind", "certificate.notAvailable", () -> certificates().pdf(id,
                CertificateKind.DISTRICT_BEST_PRACTICE, Language.KK, "https://cabinet.example/verify"));
        callers().signIn(METHODOLOGIST);
        long share = exchange().share(id);
        callers().signIn(DISTRICT);
        exchange().feature(share);
        callers().signIn(AUTHOR);
        assertEquals(List.of(CertificateKind.APPROVED_IN_SCHOOL, CertificateKind.DISTRICT_BEST_PRACTICE),
                certificates().available(id));
        String districtCode = code(text(certificates().pdf(id, CertificateKind.DISTRICT_BEST_PRACTICE, Language.KK,
                "https://cabinet.example/verify")));
        assertNotEquals(code, districtCode);
        assertEquals(CertificateKind.DISTRICT_BEST_PRACTICE, check().check(districtCode).orElseThrow().kind());
    }

    @Test
    default void nobodyButTheAuthorAndTheirMethodologistGetsACertificate() {
        long id = workflow().published(AUTHOR, METHODOLOGIST, Workflow.form("Тек авторға", null, Language.KK, null), "t.docx",
                Uploads.docx("мазмұн"));
        long draft = workflow().draft(AUTHOR, Workflow.form("Әлі жоба", null, Language.KK, null), "d.docx",
                Uploads.docx("жоба"));
        assertEquals(List.of(), certificates().available(draft));
        assertRefused("kind", "certificate.notAvailable", () -> certificates().pdf(draft,
                CertificateKind.APPROVED_IN_SCHOOL, Language.KK, "https://cabinet.example/verify"));

        callers().signIn(OTHER_TEACHER);
        assertThrows(NotFoundException.class, () -> certificates().available(id));
        assertThrows(NotFoundException.class, () -> certificates().pdf(id, CertificateKind.APPROVED_IN_SCHOOL,
                Language.RU, "https://cabinet.example/verify"));
        callers().signIn(OTHER_METHODOLOGIST);
        assertThrows(NotFoundException.class, () -> certificates().pdf(id, CertificateKind.APPROVED_IN_SCHOOL,
                Language.RU, "https://cabinet.example/verify"));
        callers().signIn(COLLEAGUE);
        assertEquals(List.of(), certificates().available(id));
        assertThrows(NotFoundException.class, () -> certificates().pdf(id, CertificateKind.APPROVED_IN_SCHOOL,
                Language.KK, "https://cabinet.example/verify"));
        assertEquals(0, db().number("SELECT COUNT(*) FROM CERTIFICATE_REGISTER WHERE SUBJECT_KEY = ?",
                "MATERIAL:" + db().schoolOf(AUTHOR) + ":" + id), "no refused call entered a certificate in the register");

        callers().signIn(METHODOLOGIST);
        String code = code(text(certificates().pdf(id, CertificateKind.APPROVED_IN_SCHOOL, Language.KK,
                "https://cabinet.example/verify")));
        assertEquals(workflow().fullName(AUTHOR), check().check(code).orElseThrow().holderName(),
                "the methodologist downloads it for the author");
    }

    // --------------------------------------------------------------------------------------------------- corners

    @Test
    default void theMethodologistPlacesPublishedMaterialsInCornersOfTheSchoolOnly() {
        long id = workflow().published(AUTHOR, METHODOLOGIST, Workflow.form("Бұрыштағы материал", null, Language.KK, null),
                "b.docx", Uploads.docx("Құлагерқанат әдістемесі."));
        long draft = workflow().draft(AUTHOR, Workflow.form("Бұрышқа ерте", null, Language.KK, null), "e.docx",
                Uploads.docx("жоба"));
        assertThrows(AccessDeniedException.class, () -> corners().create("Менің бұрышым", null));

        callers().signIn(METHODOLOGIST);
        long technologies = corner(SeedCorner.TECHNOLOGIES);
        long everyday = corner(SeedCorner.EVERYDAY);
        assertRefused("materialId", "corner.onlyPublished", () -> corners().addItem(technologies, draft, null));
        assertRefused("expiresOn", "corner.expiryRequired", () -> corners().addItem(everyday, id, null));
        corners().addItem(technologies, id, null);
        assertRefused("materialId", "corner.alreadyThere", () -> corners().addItem(technologies, id, null));
        corners().addItem(everyday, id, LocalDate.now().plusDays(7));

        callers().signIn(COLLEAGUE);
        assertEquals(Set.of(technologies, everyday), Set.copyOf(corners().cornersOf(id)));
        assertTrue(itemsOf(technologies).stream().anyMatch(i -> i.materialId() == id));
        List<Found> inCorner = searchWhenTextRead(new SearchQuery("құлагерқанат", false,
                Map.of(SearchFacet.CORNER, Set.of(Long.toString(technologies))), 0, 20), Language.KK).items();
        assertEquals(List.of(id), inCorner.stream().map(Found::id).toList(), "the index knows the corner");

        callers().signIn(OTHER_METHODOLOGIST);
        long theirs = corners().all(Language.RU, true).stream().filter(c -> c.seed() == SeedCorner.TECHNOLOGIES)
                .findFirst().orElseThrow().id();
        assertThrows(NotFoundException.class, () -> corners().addItem(theirs, id, null));
        assertThrows(NotFoundException.class, () -> corners().addItem(technologies, id, null),
                "nor into g3's corner by its id");
        callers().signIn(OTHER_TEACHER);
        assertTrue(corners().all(Language.RU, true).stream().flatMap(c -> c.items().stream())
                .noneMatch(i -> i.materialId() == id));

        callers().signIn(METHODOLOGIST);
        materials().delete(id);
        assertTrue(itemsOf(technologies).stream().noneMatch(i -> i.materialId() == id));
        assertEquals(0, db().number("SELECT COUNT(*) FROM CORNER_ITEM WHERE MATERIAL_ID = ?", id));
    }

    // --------------------------------------------------------------------------------------------------- helpers

    private long corner(SeedCorner seed) {
        return corners().all(Language.KK, true).stream().filter(c -> c.seed() == seed).findFirst().orElseThrow().id();
    }

    private List<CornerItemView> itemsOf(long cornerId) {
        return corners().all(Language.KK, true).stream().filter(c -> c.id() == cornerId).findFirst()
                .map(CornerView::items).orElseThrow();
    }

    private static SearchQuery school(String text) {
        return new SearchQuery(text, false, Map.of(), 0, 100);
    }

    private static SearchQuery district(String text) {
        return new SearchQuery(text, true, Map.of(), 0, 100);
    }

    /** The search's answer once the text of every approved material has been read (in the background). */
    private SearchAnswer searchWhenTextRead(SearchQuery query, Language language) {
        assertTrue(workflow().textRead(), "the files' text read within a minute");
        return search().search(query, language);
    }

    /** The ids of the materials the caller finds in their school's library. */
    private List<Long> schoolHits(String text) {
        return searchWhenTextRead(school(text), Language.KK).items().stream().filter(f -> f.kind() == FoundKind.MATERIAL)
                .map(Found::id).toList();
    }

    /** The ids of the materials the caller finds among the district's shared ones. */
    private List<Long> districtHits(String text) {
        return searchWhenTextRead(district(text), Language.KK).items().stream().map(Found::id).toList();
    }

    /**
     * Nothing found, and nothing even counted: the index itself no longer holds the material for this scope (the
     * hits are also read back from the database, which alone would hide a stale index entry).
     */
    private void assertNotFound(SearchQuery query, String why) {
        SearchAnswer answer = searchWhenTextRead(query, Language.KK);
        assertEquals(List.of(), answer.items(), why);
        assertEquals(0, answer.total(), why + " (index total)");
    }

    private void assertNoFeedback(long schoolId, long materialId) {
        assertEquals(0, db().number("SELECT COUNT(*) FROM MATERIAL_RATING WHERE MATERIAL_SCHOOL_ID = ? AND MATERIAL_ID = ?",
                schoolId, materialId));
        assertEquals(0, db().number("SELECT COUNT(*) FROM MATERIAL_COMMENT WHERE MATERIAL_SCHOOL_ID = ? AND MATERIAL_ID = ?",
                schoolId, materialId));
    }

    private static void assertRefused(String field, String key, Executable call) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, call);
        assertEquals(field, refused.problems().get(0).field(), refused::getMessage);
        assertEquals(key, refused.problems().get(0).messageKey(), refused::getMessage);
    }

    private static String text(byte[] pdf) {
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String code(String text) {
        Matcher m = CODE.matcher(text);
        assertTrue(m.find(), () -> "no code in " + text);
        return m.group();
    }

    /** A well-formed code that differs from a real one in its first character. */
    private String unknownCode(String real) {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        for (char c : alphabet.toCharArray()) {
            String candidate = c + real.substring(1);
            if (c != real.charAt(0) && db().number("SELECT COUNT(*) FROM CERTIFICATE_REGISTER WHERE CODE = ?", candidate) == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }
}
