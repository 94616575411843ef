package kz.rudny.cabinet.library.index.control;

import kz.rudny.cabinet.library.index.boundary.SearchDocument;
import kz.rudny.cabinet.library.index.boundary.DocumentKind;
import kz.rudny.cabinet.library.index.boundary.Facet;
import kz.rudny.cabinet.library.index.boundary.SearchRequest;
import kz.rudny.cabinet.library.index.boundary.SearchResult;
import kz.rudny.cabinet.library.index.boundary.SearchHit;
import kz.rudny.cabinet.library.index.boundary.SnippetPart;
import kz.rudny.cabinet.library.index.boundary.FacetCount;
import kz.rudny.cabinet.library.index.boundary.SearchScope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Indexes a few titles and materials of three schools in a temporary folder and searches them as the pages would. */
class LibraryIndexTest {

    private static final SearchScope SCHOOL_1 = new SearchScope.School(1);
    private static final SearchScope SCHOOL_2 = new SearchScope.School(2);
    private static final SearchScope DISTRICT = new SearchScope.District();

    /** School 1: the fixture's main school. */
    private static final SearchDocument OPEN_LESSON = material(1, 1, true, 100,
            "Ашық сабақ жоспары\nПлан открытого урока",
            "Математика пәнінен 5-сынып оқушыларына арналған ашық сабақ.",
            "Сабақтың мақсаты: бөлшектерді салыстыру. Оқушылар топпен жұмыс істейді.",
            facets("LESSON_PLAN", "12", Set.of("5", "6"), "KK", Set.of("7")));
    private static final SearchDocument SEMINAR = material(1, 2, false, 300,
            "Методический семинар для учителей",
            "Организация уроков в начальной школе",
            "Материалы семинара. На занятии учитель объясняет фотосинтеза процесс и строение листа.",
            facets("PRESENTATION", "14", Set.of("7"), "RU", Set.of()));
    private static final SearchDocument PRIMARY_GUIDE = material(1, 3, false, 200,
            "Бастауыш сынып әдістемесі",
            "Әдістемелік жинақ",
            "Бұл жинақта сабақтардың үлгілері және мұғалімдерге арналған кеңестер берілген.",
            facets("METHODICAL_GUIDE", "12", Set.of("1", "2", "3"), "KK", Set.of("7", "8")));
    private static final SearchDocument LITERATURE = material(1, 4, false, 250,
            "Литература в школе",
            "Сборник разработок",
            "Открытые уроки по литературе для старших классов. Урок математики был открытый для родителей.",
            facets("LESSON_PLAN", "15", Set.of("10", "11"), "RU", Set.of()));
    private static final SearchDocument ALGEBRA_BOOK = new SearchDocument(DocumentKind.TITLE, 1, 1, false,
            "Алгебра. 7 класс", "Учебник для общеобразовательных школ",
            "", "Мордкович А. Г.; ISBN 978-5-346-04555-1", Map.of(Facet.SUBJECT, Set.of("12")), 50);
    private static final SearchDocument ALGEBRA_TASKS = new SearchDocument(DocumentKind.TITLE, 1, 2, false,
            "Алгебра есептері", "Есептер жинағы", "", "Шыныбеков Ә.", Map.of(), 40);
    private static final SearchDocument PHYSICS_BOOK = new SearchDocument(DocumentKind.TITLE, 1, 3, false,
            "Физика", "Учебник", "", "", Map.of(), 30);
    /** School 2: the same material id as school 1's open lesson, shared, and a private one. */
    private static final SearchDocument UPBRINGING = material(2, 1, true, 500,
            "Тәрбие сағаты: мұғалім мен оқушы",
            "Сынып жетекшісіне арналған ашық сабақ",
            "Сабақтан тыс іс-шара. Мұғалімдерге арналған ұсыныстар.",
            facets("LESSON_PLAN", "12", Set.of("5"), "KK", Set.of()));
    private static final SearchDocument BIOLOGY = material(2, 2, false, 400,
            "Открытый урок по биологии", "Фотосинтез и дыхание растений", "Урок для 6 класса. Открытый урок.",
            facets("LESSON_PLAN", "16", Set.of("6"), "RU", Set.of()));
    /** School 3: a shared worksheet. */
    private static final SearchDocument WORKSHEET = material(3, 5, true, 450,
            "Рабочий лист: дроби", "Задания для урока математики", "Сравните дроби.",
            facets("WORKSHEET", "12", Set.of("5"), "RU", Set.of()));

    private static final List<SearchDocument> ALL = List.of(OPEN_LESSON, SEMINAR, PRIMARY_GUIDE, LITERATURE,
            ALGEBRA_BOOK, ALGEBRA_TASKS, PHYSICS_BOOK, UPBRINGING, BIOLOGY, WORKSHEET);

    @TempDir
    Path folder;
    private LibraryIndex index;

    @BeforeEach
    void open() {
        index = LibraryIndex.open(folder);
        index.putAll(ALL);
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void kazakhWordFormsInTheBody() {
        assertTrue(ids(search(SCHOOL_1, "сабақ")).contains(key(PRIMARY_GUIDE)), "сабақ → сабақтардың");
        assertTrue(ids(search(SCHOOL_1, "мұғалім")).contains(key(PRIMARY_GUIDE)), "мұғалім → мұғалімдерге");
        assertTrue(ids(search(SCHOOL_1, "сабақтар")).contains(key(OPEN_LESSON)), "сабақтар → сабақ");
    }

    @Test
    void russianWordForms() {
        Set<String> found = ids(search(SCHOOL_1, "урок"));
        assertTrue(found.contains(key(SEMINAR)), "урок → уроков");
        assertTrue(found.contains(key(LITERATURE)), "урок → уроки");
        assertTrue(found.contains(key(OPEN_LESSON)), "урок → урока");
        assertTrue(ids(search(SCHOOL_1, "уроками")).contains(key(SEMINAR)));
    }

    @Test
    void kazakhTypedWithRussianLetters() {
        assertTrue(ids(search(SCHOOL_1, "сабак")).containsAll(Set.of(key(OPEN_LESSON), key(PRIMARY_GUIDE))));
        assertTrue(ids(search(SCHOOL_1, "мугалимдер")).contains(key(PRIMARY_GUIDE)));
    }

    @Test
    void oneTypoIsForgiven() {
        SearchResult result = search(SCHOOL_1, "методичекий");
        assertEquals(List.of(key(SEMINAR)), keys(result));
        assertEquals("Методический", matched(result.hits().get(0)).get(0));
    }

    @Test
    void twoTyposAreNot() {
        assertEquals(0, search(SCHOOL_1, "метадичекий").total());
    }

    @Test
    void wordOnlyInTheBodyIsFoundAndMarked() {
        SearchResult result = search(SCHOOL_1, "фотосинтез");
        assertEquals(List.of(key(SEMINAR)), keys(result));
        SearchHit hit = result.hits().get(0);
        assertEquals(List.of("фотосинтеза"), matched(hit));
        assertTrue(SEMINAR.body().contains(hit.snippetText()), hit::snippetText);
    }

    @Test
    void titleIsTheSnippetWhenItMatches() {
        SearchHit hit = search(SCHOOL_2, "биология").hits().get(0);
        assertEquals(BIOLOGY.title(), hit.snippetText());
        assertEquals(List.of("биологии"), matched(hit));
    }

    @Test
    void phraseMatchesOnlyAdjacentWords() {
        assertEquals(Set.of(key(OPEN_LESSON), key(LITERATURE)), ids(search(SCHOOL_1, "\"открытый урок\"")));
        assertEquals(Set.of(key(OPEN_LESSON), key(LITERATURE)), ids(search(SCHOOL_1, "«открытые уроки»")));
        assertEquals(Set.of(), ids(search(SCHOOL_1, "\"урок открытый\"")));
        assertEquals(Set.of(key(LITERATURE)), ids(search(SCHOOL_1, "\"урок математики\"")));
        assertEquals(Set.of(key(OPEN_LESSON)), ids(search(SCHOOL_1, "\"ашық сабақ\" урок")));
    }

    @Test
    void phraseIsMarkedInTheSnippet() {
        SearchHit hit = search(SCHOOL_1, "\"урок математики\"").hits().get(0);
        assertTrue(hit.snippetText().contains("Открытые уроки"), "the passage has the words outside the phrase too");
        assertEquals(List.of("Урок", "математики"), matched(hit), "but only the phrase is marked");
    }

    @Test
    void everyWordMustMatch() {
        assertEquals(Set.of(key(ALGEBRA_BOOK)), ids(search(SCHOOL_1, "алгебра учебник")));
        assertEquals(Set.of(key(ALGEBRA_BOOK), key(ALGEBRA_TASKS)), ids(search(SCHOOL_1, "алгебра")));
        assertEquals(Set.of(), ids(search(SCHOOL_1, "алгебра фотосинтез")));
    }

    @Test
    void keywordsAreSearched() {
        SearchResult result = search(SCHOOL_1, "мордкович");
        assertEquals(List.of(key(ALGEBRA_BOOK)), keys(result));
        assertEquals(List.of(new SnippetPart(ALGEBRA_BOOK.description(), false)), result.hits().get(0).snippet(),
                "no highlight in title, description or body: the start of the description");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "сабақ", "урок", "мұғалім", "ашық сабақ", "\"открытый урок\"", "фотосинтез", "алгебра"})
    void schoolScopeNeverReturnsAnotherSchoolsDocuments(String text) {
        for (long school = 1; school <= 3; school++) {
            SearchResult result = search(new SearchScope.School(school), text);
            long expected = school;
            assertTrue(result.hits().stream().allMatch(hit -> hit.schoolId() == expected), result::toString);
            assertEquals(result.hits().size(), result.total());
            assertEquals(result.total() == 0 ? List.of() : List.of(new FacetCount(Long.toString(school), result.total())),
                    result.facet(Facet.SCHOOL));
        }
    }

    @Test
    void schoolScopeHasTheSchoolsOwnSharedAndPrivateDocuments() {
        assertEquals(Set.of(key(UPBRINGING), key(BIOLOGY)), ids(search(SCHOOL_2, "")));
        assertEquals(7, search(SCHOOL_1, "").total());
        assertEquals(Set.of(key(UPBRINGING)), ids(search(SCHOOL_2, "мұғалім")));
    }

    @Test
    void districtScopeHasOnlySharedDocumentsOfAllSchools() {
        SearchResult all = search(DISTRICT, "");
        assertEquals(Set.of(key(OPEN_LESSON), key(UPBRINGING), key(WORKSHEET)), ids(all));
        assertEquals(List.of(new FacetCount("1", 1), new FacetCount("2", 1), new FacetCount("3", 1)),
                all.facet(Facet.SCHOOL));
        assertEquals(List.of(new FacetCount("LESSON_PLAN", 2), new FacetCount("WORKSHEET", 1)), all.facet(Facet.TYPE));

        SearchResult lessons = search(DISTRICT, "сабақ");
        assertEquals(Set.of(key(OPEN_LESSON), key(UPBRINGING)), ids(lessons));
        assertEquals(List.of(new FacetCount("1", 1), new FacetCount("2", 1)), lessons.facet(Facet.SCHOOL));
    }

    @Test
    void facetCountsWithMultiValuedGrades() {
        SearchResult result = search(SCHOOL_1, "");
        assertEquals(List.of(new FacetCount("LESSON_PLAN", 2), new FacetCount("METHODICAL_GUIDE", 1),
                new FacetCount("PRESENTATION", 1)), result.facet(Facet.TYPE));
        assertEquals(List.of(new FacetCount("1", 1), new FacetCount("10", 1), new FacetCount("11", 1),
                new FacetCount("2", 1), new FacetCount("3", 1), new FacetCount("5", 1), new FacetCount("6", 1),
                new FacetCount("7", 1)), result.facet(Facet.GRADE));
        assertEquals(List.of(new FacetCount("7", 2), new FacetCount("8", 1)), result.facet(Facet.CORNER));
        assertEquals(List.of(new FacetCount("MATERIAL", 4), new FacetCount("TITLE", 3)), result.facet(Facet.KIND));
        assertEquals(List.of(new FacetCount("12", 3), new FacetCount("14", 1), new FacetCount("15", 1)),
                result.facet(Facet.SUBJECT));
        assertEquals(List.of(), result.facet(Facet.ACADEMIC_YEAR), "no document has a value");
        assertEquals(Set.of(Facet.values()), result.facets().keySet());
    }

    @Test
    void facetsAreCountedOverAllHitsNotThePage() {
        SearchResult page = index.search(new SearchRequest(SCHOOL_1, "", Set.of(), Map.of(), 0, 1));
        assertEquals(1, page.hits().size());
        assertEquals(List.of(new FacetCount("MATERIAL", 4), new FacetCount("TITLE", 3)), page.facet(Facet.KIND));
    }

    @Test
    void selectedFacetKeepsCountingItsOtherValues() {
        SearchResult result = search(SCHOOL_1, "", Map.of(Facet.TYPE, Set.of("LESSON_PLAN")));
        assertEquals(Set.of(key(OPEN_LESSON), key(LITERATURE)), ids(result));
        assertEquals(List.of(new FacetCount("LESSON_PLAN", 2), new FacetCount("METHODICAL_GUIDE", 1),
                new FacetCount("PRESENTATION", 1)), result.facet(Facet.TYPE), "drill sideways");
        assertEquals(List.of(new FacetCount("10", 1), new FacetCount("11", 1), new FacetCount("5", 1),
                new FacetCount("6", 1)), result.facet(Facet.GRADE), "within the selection");
        assertEquals(List.of(new FacetCount("KK", 1), new FacetCount("RU", 1)), result.facet(Facet.LANGUAGE));
    }

    @Test
    void filtersAreOredWithinAFacetAndAndedAcrossFacets() {
        assertEquals(Set.of(key(OPEN_LESSON), key(SEMINAR), key(LITERATURE)),
                ids(search(SCHOOL_1, "", Map.of(Facet.TYPE, Set.of("LESSON_PLAN", "PRESENTATION")))));
        SearchResult russian = search(SCHOOL_1, "",
                Map.of(Facet.TYPE, Set.of("LESSON_PLAN", "PRESENTATION"), Facet.LANGUAGE, Set.of("RU")));
        assertEquals(Set.of(key(SEMINAR), key(LITERATURE)), ids(russian));
        assertEquals(List.of(new FacetCount("LESSON_PLAN", 1), new FacetCount("PRESENTATION", 1)),
                russian.facet(Facet.TYPE), "TYPE counted within LANGUAGE=RU, sideways of its own filter");
        assertEquals(List.of(new FacetCount("RU", 2), new FacetCount("KK", 1)), russian.facet(Facet.LANGUAGE));
        assertEquals(Set.of(key(OPEN_LESSON), key(PRIMARY_GUIDE)),
                ids(search(SCHOOL_1, "", Map.of(Facet.GRADE, Set.of("2", "6")))));
        assertEquals(Set.of(key(OPEN_LESSON), key(PRIMARY_GUIDE)),
                ids(search(SCHOOL_1, "сабақ", Map.of(Facet.GRADE, Set.of("2", "6"), Facet.CORNER, Set.of("7")))));
        assertEquals(Set.of(key(PRIMARY_GUIDE)),
                ids(search(SCHOOL_1, "сабақ", Map.of(Facet.GRADE, Set.of("2", "6"), Facet.CORNER, Set.of("8")))));
        assertEquals(Set.of(), ids(search(SCHOOL_1, "", Map.of(Facet.ACADEMIC_YEAR, Set.of("2025")))));
    }

    @Test
    void kindsNarrowTheSearch() {
        SearchRequest titles = new SearchRequest(SCHOOL_1, "", Set.of(DocumentKind.TITLE), Map.of(), 0, 20);
        assertEquals(Set.of(key(ALGEBRA_BOOK), key(ALGEBRA_TASKS), key(PHYSICS_BOOK)), ids(index.search(titles)));
        SearchRequest kindFacet = new SearchRequest(SCHOOL_1, "", Set.of(),
                Map.of(Facet.KIND, Set.of("MATERIAL")), 0, 20);
        SearchResult materials = index.search(kindFacet);
        assertEquals(4, materials.total());
        assertEquals(List.of(new FacetCount("MATERIAL", 4), new FacetCount("TITLE", 3)), materials.facet(Facet.KIND));
    }

    @Test
    void removedDocumentIsGoneAtOnce() {
        assertTrue(ids(search(SCHOOL_1, "фотосинтез")).contains(key(SEMINAR)));
        index.remove(DocumentKind.MATERIAL, 1, 2);
        assertEquals(0, search(SCHOOL_1, "фотосинтез").total());
        assertEquals(ALL.size() - 1, index.count());
        index.remove(DocumentKind.MATERIAL, 1, 2); // not there any more: nothing happens
        assertEquals(ALL.size() - 1, index.count());
    }

    @Test
    void removeSchoolRemovesOneKindOfOneSchool() {
        index.removeSchool(1, DocumentKind.TITLE);
        assertEquals(4, search(SCHOOL_1, "").total());
        assertEquals(2, search(SCHOOL_2, "").total());
    }

    @Test
    void putReplacesTheDocumentWithTheSameKindSchoolAndId() {
        index.put(new SearchDocument(DocumentKind.MATERIAL, 1, 2, false, "Семинар по химии", "", "", "",
                Map.of(), 300));
        assertEquals(ALL.size(), index.count());
        assertEquals(0, search(SCHOOL_1, "методический").total());
        assertEquals(List.of("MATERIAL/1/2"), keys(search(SCHOOL_1, "химия")));
        assertEquals(1, search(SCHOOL_2, "биология").total(), "the same id in another school is another document");
        assertEquals(2, search(SCHOOL_1, "алгебра").total(), "the same id of the other kind is another document");
    }

    @Test
    void newDocumentIsFoundAtOnce() {
        index.put(material(2, 9, true, 1, "Химия", "", "Химиялық реакциялар", facets("TEST", "20", Set.of(), "KK", Set.of())));
        assertEquals(List.of("MATERIAL/2/9"), keys(search(DISTRICT, "химиялық")));
    }

    @Test
    void blankQueryListsNewestFirst() {
        assertEquals(List.of("MATERIAL/1/2", "MATERIAL/1/4", "MATERIAL/1/3", "MATERIAL/1/1", "TITLE/1/1",
                "TITLE/1/2", "TITLE/1/3"), keys(search(SCHOOL_1, "  ")));
        assertEquals(List.of("MATERIAL/2/1", "MATERIAL/3/5", "MATERIAL/1/1"), keys(search(DISTRICT, "")));
    }

    @Test
    void blankQuerySnippetIsTheStartOfTheDescription() {
        SearchHit newest = search(SCHOOL_1, "").hits().get(0);
        assertEquals(List.of(new SnippetPart(SEMINAR.description(), false)), newest.snippet());
        assertEquals(0f, newest.score());
    }

    @Test
    void textQueryOrdersByRelevance() {
        SearchResult result = search(SCHOOL_2, "урок");
        assertEquals(List.of("MATERIAL/2/2"), keys(result));
        assertTrue(result.hits().get(0).score() > 0);
        List<SearchHit> lessons = search(SCHOOL_1, "сабақ").hits();
        assertEquals(key(OPEN_LESSON), key(lessons.get(0)), "a title match ranks first");
    }

    @Test
    void paging() {
        List<String> all = keys(search(SCHOOL_1, ""));
        SearchResult second = index.search(new SearchRequest(SCHOOL_1, "", Set.of(), Map.of(), 2, 3));
        assertEquals(7, second.total());
        assertEquals(all.subList(2, 5), keys(second));
        SearchResult last = index.search(new SearchRequest(SCHOOL_1, "", Set.of(), Map.of(), 6, 3));
        assertEquals(all.subList(6, 7), keys(last));
        SearchResult beyond = index.search(new SearchRequest(SCHOOL_1, "", Set.of(), Map.of(), 20, 3));
        assertEquals(List.of(), beyond.hits());
        assertEquals(7, beyond.total());
        SearchResult countOnly = index.search(new SearchRequest(SCHOOL_1, "урок", Set.of(), Map.of(), 0, 0));
        assertEquals(List.of(), countOnly.hits());
        assertEquals(3, countOnly.total());
        assertEquals(SearchRequest.MAX_SIZE,
                new SearchRequest(SCHOOL_1, "", Set.of(), Map.of(), -5, 1000).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"сабақ", "урок", "\"открытый урок\"", "мұғалім оқушы", "фотосинтез", "методичекий",
            "дроби & задания"})
    void snippetsArePlainTextFromTheDocument(String text) {
        for (SearchScope scope : List.of(SCHOOL_1, SCHOOL_2, DISTRICT)) {
            for (SearchHit hit : search(scope, text).hits()) {
                SearchDocument source = ALL.stream()
                        .filter(d -> d.kind() == hit.kind() && d.schoolId() == hit.schoolId() && d.id() == hit.id())
                        .findFirst().orElseThrow();
                String snippet = hit.snippetText();
                assertFalse(snippet.isEmpty(), hit::toString);
                assertTrue(source.title().contains(snippet) || source.description().contains(snippet)
                        || source.body().contains(snippet), () -> snippet + " is not in " + source);
                assertFalse(snippet.contains("<b>") || snippet.contains("&amp;"), snippet);
                assertTrue(snippet.length() <= 260, snippet);
                assertTrue(hit.snippet().stream().anyMatch(SnippetPart::match), () -> text + ": " + hit.snippet());
            }
        }
    }

    @Test
    void snippetTextIsVerbatimNotEscaped() {
        index.put(material(1, 21, false, 1, "HTML", "", "Тег <script> және & белгісі: сабақ соңы.",
                facets("ARTICLE", "1", Set.of(), "KK", Set.of())));
        SearchHit hit = search(SCHOOL_1, "сабақ соңы").hits().get(0);
        assertEquals("Тег <script> және & белгісі: сабақ соңы.", hit.snippetText());
        assertEquals(List.of(new SnippetPart("Тег <script> және & белгісі: ", false), new SnippetPart("сабақ", true),
                new SnippetPart(" ", false), new SnippetPart("соңы", true), new SnippetPart(".", false)), hit.snippet());
    }

    @Test
    void longSnippetIsAPassageAroundTheMatch() {
        String filler = "Бұл мәтін тек толтыру үшін жазылған. ".repeat(400);
        index.put(material(1, 20, false, 1, "Ұзын құжат", "", filler + "Мұнда жаңбыр туралы айтылады. " + filler,
                facets("ARTICLE", "1", Set.of(), "KK", Set.of())));
        SearchHit hit = search(SCHOOL_1, "жаңбыр").hits().get(0);
        assertEquals(List.of("жаңбыр"), matched(hit));
        assertTrue(hit.snippetText().length() <= 260 && hit.snippetText().length() >= 100, hit::snippetText);
    }

    @Test
    void longQueryDoesNotHitTheClauseLimit() {
        String pasted = "Математика пәнінен бесінші сынып оқушыларына арналған ашық сабақ жоспары бөлшектерді "
                + "салыстыру тақырыбы бойынша топпен жұмыс жүргізу әдістемесі мен бағалау критерийлері";
        assertEquals(0, search(SCHOOL_1, pasted + " " + pasted).total());
    }

    @Test
    void punctuationOnlyIsLikeBlank() {
        assertEquals(7, search(SCHOOL_1, " ?! \"\" ").total());
    }

    @Test
    void emptyIndex(@TempDir Path emptyFolder) {
        try (LibraryIndex empty = LibraryIndex.open(emptyFolder)) {
            assertTrue(empty.isEmpty());
            assertEquals(0, empty.count());
            for (String text : List.of("", "сабақ", "\"ашық сабақ\"")) {
                SearchResult result = empty.search(new SearchRequest(DISTRICT, text, Set.of(DocumentKind.MATERIAL),
                        Map.of(Facet.TYPE, Set.of("LESSON_PLAN")), 0, 20));
                assertEquals(0, result.total());
                assertEquals(List.of(), result.hits());
                assertEquals(List.of(), result.facet(Facet.TYPE));
            }
            empty.put(PHYSICS_BOOK);
            assertEquals(1, empty.search(SearchRequest.of(SCHOOL_1, "", 10)).total());
            empty.clear();
            assertTrue(empty.isEmpty());
            assertEquals(0, empty.search(SearchRequest.of(SCHOOL_1, "физика", 10)).total());
        }
    }

    @Test
    void reopenedIndexKeepsItsDocuments() {
        index.remove(DocumentKind.TITLE, 1, 3);
        index.close();
        index = LibraryIndex.open(folder);
        assertEquals(ALL.size() - 1, index.count());
        assertEquals(Set.of(key(SEMINAR)), ids(search(SCHOOL_1, "фотосинтез")));
        assertEquals(3, search(DISTRICT, "").total());
    }

    @Test
    void clearEmptiesTheIndex() {
        index.clear();
        assertTrue(index.isEmpty());
        assertEquals(0, search(DISTRICT, "").total());
        index.putAll(ALL);
        assertEquals(ALL.size(), index.count());
    }

    @Test
    void searchesRunWhileDocumentsArePutAndRemoved() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        SearchResult result = search(SCHOOL_1, i % 2 == 0 ? "сабақ" : "");
                        assertTrue(result.hits().stream().allMatch(hit -> hit.schoolId() == 1));
                    }
                    return null;
                }));
            }
            work.add(pool.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    index.put(material(1, 100 + i, false, i, "Сабақ " + i, "", "", Map.of()));
                    index.remove(DocumentKind.MATERIAL, 1, 100 + i / 2);
                }
                return null;
            }));
            for (Future<?> future : work) {
                future.get(1, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(ALL.size() + 10, index.count());
    }

    private SearchResult search(SearchScope scope, String text) {
        return search(scope, text, Map.of());
    }

    private SearchResult search(SearchScope scope, String text, Map<Facet, Set<String>> filters) {
        return index.search(new SearchRequest(scope, text, Set.of(), filters, 0, 20));
    }

    private static Set<String> ids(SearchResult result) {
        return result.hits().stream().map(LibraryIndexTest::key).collect(Collectors.toSet());
    }

    private static List<String> keys(SearchResult result) {
        return result.hits().stream().map(LibraryIndexTest::key).toList();
    }

    private static String key(SearchHit hit) {
        return hit.kind() + "/" + hit.schoolId() + "/" + hit.id();
    }

    private static String key(SearchDocument document) {
        return document.kind() + "/" + document.schoolId() + "/" + document.id();
    }

    private static List<String> matched(SearchHit hit) {
        List<String> matched = new ArrayList<>();
        hit.snippet().stream().filter(SnippetPart::match).forEach(part -> matched.add(part.text()));
        return matched;
    }

    private static SearchDocument material(long school, long id, boolean shared, long sortKey, String title,
                                           String description, String body, Map<Facet, Set<String>> facets) {
        return new SearchDocument(DocumentKind.MATERIAL, school, id, shared, title, description, body, "",
                facets, sortKey);
    }

    private static Map<Facet, Set<String>> facets(String type, String subject, Set<String> grades, String language,
                                                  Set<String> corners) {
        Map<Facet, Set<String>> facets = new EnumMap<>(Facet.class);
        facets.put(Facet.TYPE, Set.of(type));
        facets.put(Facet.SUBJECT, Set.of(subject));
        facets.put(Facet.GRADE, grades);
        facets.put(Facet.LANGUAGE, Set.of(language));
        facets.put(Facet.CORNER, corners);
        return facets;
    }
}
