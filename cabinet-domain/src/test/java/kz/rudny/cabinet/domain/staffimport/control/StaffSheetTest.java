package kz.rudny.cabinet.domain.staffimport.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.rudny.cabinet.domain.people.boundary.EducationLevel;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.domain.spreadsheet.SheetFileException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading a staff list: what is taken, and each kind of bad row refused with its column and reason. */
class StaffSheetTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final String HEADER = "ФИО;Должность;Предметы;МО;Роли;Начало педагогической деятельности;Категория;Логин;"
            + "Дата рождения;Образование\n";
    /** Physics 5, mathematics 7; two associations of this school; "taken.user" and "aygerim.qasymova" exist. */
    static final StaffDirectory DIRECTORY = new StaffDirectory(Map.of("PHYSICS", 5L, "MATHEMATICS", 7L),
            Map.of("Жаратылыстану-математика ӘБ", 31L, "МО учителей начальных классов, ИЗО и музыки", 32L),
            Set.of("taken.user", "aygerim.qasymova")::contains);

    static final Map<StaffColumn, String> HEADERS = Map.of(StaffColumn.FULL_NAME, "ФИО", StaffColumn.POSITION,
            "Должность", StaffColumn.SUBJECTS, "Предметы", StaffColumn.ASSOCIATIONS, "МО", StaffColumn.ROLES, "Роли",
            StaffColumn.TEACHING_SINCE, "Начало педагогической деятельности", StaffColumn.CATEGORY, "Категория",
            StaffColumn.USERNAME, "Логин", StaffColumn.BIRTH_DATE, "Дата рождения", StaffColumn.EDUCATION, "Образование");

    static StaffSheetResult csv(String text) throws SheetFileException {
        return StaffSheet.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), DIRECTORY, TODAY);
    }

    @Test
    void aWholeRowInRussianHeadersIsTaken() throws Exception {
        StaffSheetResult result = csv(HEADER + "Қасымова Әйгерім Нұрланқызы;Физика пәнінің мұғалімі;PHYSICS, mathematics;"
                + "жаратылыстану-математика әб;учитель, наставник;01.09.2012;педагог-эксперт;;14.03.1988;"
                + "высшее педагогическое\n");
        assertEquals(List.of(), result.refusals());
        ImportedPerson p = result.taken().get(0);
        assertEquals(2, p.rowNumber());
        assertEquals("Қасымова Әйгерім Нұрланқызы", p.fullName());
        assertEquals("Физика пәнінің мұғалімі", p.jobTitle());
        assertEquals(Set.of(5L, 7L), p.subjectIds());
        assertEquals(Set.of(31L), p.associationIds());
        assertEquals(Set.of(Role.TEACHER, Role.MENTOR), p.roles());
        assertEquals(LocalDate.of(2012, 9, 1), p.teachingSince());
        assertEquals(QualificationCategory.EXPERT, p.category());
        assertEquals(LocalDate.of(1988, 3, 14), p.birthDate());
        assertEquals(EducationLevel.HIGHER_PEDAGOGICAL, p.education());
        assertEquals("aygerim.qasymova2", p.username(), "made from the name, numbered because the first is taken");
    }

    @Test
    void kazakhAndEnglishHeadersAndTheSmallestRow() throws Exception {
        StaffSheetResult kazakh = csv("Аты-жөні,Лауазымы,Санаты,Рөлдері\nСейітов Даурен Маратұлы,,педагог-шебер,\n");
        ImportedPerson p = kazakh.taken().get(0);
        assertEquals("dauren.seyitov", p.username());
        assertNull(p.jobTitle());
        assertEquals(Set.of(Role.TEACHER), p.roles(), "no roles: a teacher");
        assertEquals(QualificationCategory.MASTER, p.category());
        assertNull(p.teachingSince());
        assertNull(p.birthDate(), "no such column: unknown");
        assertNull(p.education());

        StaffSheetResult english = csv("Full name\tTeaching since\tCategory\tNotes\nKim Marina\t2019\tmoderator\tx\n");
        assertEquals("marina.kim", english.taken().get(0).username());
        assertEquals(LocalDate.of(2019, 9, 1), english.taken().get(0).teachingSince(), "a year is its 1 September");
        assertEquals(List.of("Notes"), english.ignoredHeaders());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "01.09.2015|2015-09-01", "1.9.2015|2015-09-01", "2015-09-01|2015-09-01", "15/08/2001|2001-08-15",
        "2015 г.|2015-09-01", "2015 ж.|2015-09-01"})
    void datesAsPeopleWriteThem(String cell, String date) throws Exception {
        assertEquals(LocalDate.parse(date), csv("name;teaching since\nИванов Иван;" + cell + "\n").taken().get(0)
                .teachingSince());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "педагог-стажёр|TRAINEE", "Педагог|TEACHER", "педагог – модератор|MODERATOR", "педагог-сарапшы|EXPERT",
        "Педагог-исследователь|RESEARCHER", "педагог-зерттеуші|RESEARCHER", "MASTER|MASTER"})
    void categoriesInEveryLanguage(String cell, QualificationCategory category) throws Exception {
        assertEquals(category, csv("name;category\nИванов Иван;" + cell + "\n").taken().get(0).category());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "высшее педагогическое|HIGHER_PEDAGOGICAL", "Жоғары педагогикалық|HIGHER_PEDAGOGICAL",
        "высшее непедагогическое|HIGHER_OTHER", "higher non-pedagogical|HIGHER_OTHER",
        "Среднее специальное педагогическое (колледж)|VOCATIONAL_PEDAGOGICAL",
        "орта арнаулы, педагогикалық емес|VOCATIONAL_OTHER", "магистр|POSTGRADUATE",
        "жоғары оқу орнынан кейінгі (магистр, PhD)|POSTGRADUATE", "VOCATIONAL_OTHER|VOCATIONAL_OTHER"})
    void educationInEveryLanguage(String cell, EducationLevel education) throws Exception {
        assertEquals(education, csv("name;education\nИванов Иван;" + cell + "\n").taken().get(0).education());
    }

    /** Today is 29.11.2026: from 18 full years (born 29.11.2008) to 80 (born 30.11.1945, 81 tomorrow). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"29.11.2008|2008-11-29", "30.11.1945|1945-11-30", "1988-03-14|1988-03-14"})
    void birthDatesOfTeachingAge(String cell, String date) throws Exception {
        StaffSheetResult result = csv("name;дата рождения\nИванов Иван;" + cell + "\n");
        assertEquals(List.of(), result.refusals());
        assertEquals(LocalDate.parse(date), result.taken().get(0).birthDate());
    }

    @Test
    void noCategorySaidInWords() throws Exception {
        assertNull(csv("name;category\nИванов Иван;без категории\n").taken().get(0).category());
        assertNull(csv("name;category\nИванов Иван;—\n").taken().get(0).category());
    }

    @ParameterizedTest(name = "{2}: {0}")
    @CsvSource(delimiter = '|', value = {
        ";Учитель;;;;;;|staff.import.name.required|FULL_NAME",
        "Иванов Иван;;PHYSICS CHEMISTRY;;;;;|import.subject.unknown|SUBJECTS",
        "Иванов Иван;;;Гуманитарлық пәндер ӘБ;;;;|staff.import.association.unknown|ASSOCIATIONS",
        "Иванов Иван;;;;учитель, district methodologist;;;|staff.import.role.unknown|ROLES",
        "Иванов Иван;;;;директор;;;|staff.import.role.unknown|ROLES",
        "Иванов Иван;;;;;31.02.2015;;|staff.import.date.invalid|TEACHING_SINCE",
        "Иванов Иван;;;;;сентябрь 2015;;|staff.import.date.invalid|TEACHING_SINCE",
        "Иванов Иван;;;;;1931;;|teachingSince.range|TEACHING_SINCE",
        "Иванов Иван;;;;;01.09.2030;;|teachingSince.range|TEACHING_SINCE",
        "Иванов Иван;;;;;;высшая;|staff.import.category.unknown|CATEGORY",
        "Иванов Иван;;;;;;;Иванов|username.pattern|USERNAME",
        "Иванов Иван;;;;;;;taken.user|username.taken|USERNAME",
        "=HYPERLINK(\"http://x\";\"Иванов\");;;;;;;|staff.import.formula|FULL_NAME",
        "Иванов Иван;@SUM(A1);;;;;;|staff.import.formula|POSITION",
        "Иванов Иван;+7 777;;;;;;|staff.import.formula|POSITION",
        "Иванов Иван;;;;;;;;31.02.1985;|staff.import.birthDate.invalid|BIRTH_DATE",
        "Иванов Иван;;;;;;;;1985;|staff.import.birthDate.invalid|BIRTH_DATE",
        "Иванов Иван;;;;;;;;30.11.2008;|birthDate.range|BIRTH_DATE",
        "Иванов Иван;;;;;;;;29.11.1945;|birthDate.range|BIRTH_DATE",
        "Иванов Иван;;;;;;;;14.03.2026;|birthDate.range|BIRTH_DATE",
        "Иванов Иван;;;;;;;;;высшее|staff.import.education.unknown|EDUCATION",
        "Иванов Иван;;;;;;;;;колледж|staff.import.education.unknown|EDUCATION"})
    void refusesARowWithTheColumnAndTheReason(String row, String key, StaffColumn column) throws Exception {
        StaffSheetResult result = csv(HEADER + row + "\n");
        assertEquals(List.of(), result.taken());
        assertEquals(1, result.refusals().size(), result.refusals().toString());
        StaffRowRefusal refusal = result.refusals().get(0);
        assertEquals(2, refusal.rowNumber());
        assertEquals(column, refusal.column());
        assertEquals(key, refusal.messageKey());
        assertEquals(HEADERS.get(column), refusal.header());
    }

    @Test
    void theUnknownWordsAreNamed() throws Exception {
        StaffSheetResult result = csv(HEADER + "Иванов Иван;;PHYSICS, BIOLOGY;\"Нет такого МО; Жаратылыстану-математика ӘБ\";;;;\n");
        assertEquals(List.of(new StaffRowRefusal(2, StaffColumn.SUBJECTS, "Предметы", "import.subject.unknown", "BIOLOGY"),
                new StaffRowRefusal(2, StaffColumn.ASSOCIATIONS, "МО", "staff.import.association.unknown", "Нет такого МО")),
                result.refusals());
    }

    @Test
    void anAssociationNameWithACommaIsOneName() throws Exception {
        StaffSheetResult result = csv("name;associations\nИванов Иван;\"мо учителей начальных классов, изо и музыки\"\n");
        assertEquals(Set.of(32L), result.taken().get(0).associationIds());
    }

    @Test
    void textTooLongIsRefused() throws Exception {
        StaffSheetResult result = csv(HEADER + "И" + "в".repeat(200) + ";" + "у".repeat(201) + ";;;;;;\n");
        assertEquals(List.of(new StaffRowRefusal(2, StaffColumn.FULL_NAME, "ФИО", "import.field.tooLong", ""),
                new StaffRowRefusal(2, StaffColumn.POSITION, "Должность", "import.field.tooLong", "")), result.refusals());
    }

    @Test
    void aUsernameTwiceInTheFileIsTakenOnceAndNeverGeneratedForAnother() throws Exception {
        StaffSheetResult result = csv("name;username\nИванов Иван;ivan.ivanov\nИванов Иван;\nПетров Пётр;IVAN.IVANOV\n");
        assertEquals(List.of("ivan.ivanov", "ivan.ivanov2"), result.taken().stream().map(ImportedPerson::username).toList(),
                "the generated name steps round the one the file gives");
        assertEquals(List.of(new StaffRowRefusal(4, StaffColumn.USERNAME, "username",
                "staff.import.username.duplicate", "IVAN.IVANOV")), result.refusals());
    }

    @Test
    void generatedUsernamesAreUniqueInTheFileAndTransliterated() throws Exception {
        StaffSheetResult result = csv("name\nӘбілқасымова Динара Жанатқызы\nӘбілқасымова Динара\nЖұмаділов Бауыржан\nЩукина Юлия Ёсифовна\n");
        assertEquals(List.of("dinara.abilqasymova", "dinara.abilqasymova2", "bauyrzhan.zhumadilov", "yuliya.shchukina"),
                result.taken().stream().map(ImportedPerson::username).toList());
        result.taken().forEach(p -> assertTrue(Usernames.VALID.matcher(p.username()).matches(), p.username()));
    }

    @Test
    void aRefusedRowDoesNotUseUpAUsername() throws Exception {
        StaffSheetResult result = csv("name;category\nИванов Иван;высшая\nИванов Иван;\n");
        assertEquals("ivan.ivanov", result.taken().get(0).username());
    }

    @Test
    void aFileWithoutANameColumnIsRefusedWhole() {
        SheetFileException e = assertThrows(SheetFileException.class, () -> csv("Должность;Логин\nУчитель;x.y\n"));
        assertEquals("staff.import.header.nameMissing", e.messageKey());
    }

    @Test
    void tooManyRowsIsRefusedWhole() {
        StringBuilder text = new StringBuilder("name\n");
        for (int i = 0; i <= StaffSheet.MAX_ROWS; i++) {
            text.append("Иванов Иван\n");
        }
        SheetFileException e = assertThrows(SheetFileException.class, () -> csv(text.toString()));
        assertEquals(SheetFileException.TOO_MANY_ROWS, e.messageKey());
        assertArrayEquals(new Object[] {StaffSheet.MAX_ROWS}, e.arguments());
    }

    @Test
    void anXlsxWithADateCellAFormulaAndFormulaLikeText() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Аты-жөні / ФИО");
            header.createCell(1).setCellValue("Лауазымы");
            header.createCell(2).setCellValue("Педагогтік қызметті бастаған күні");
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("Төлеуова Аружан Ерланқызы");
            first.createCell(1).setCellFormula("\"Химия\"&\" пәнінің мұғалімі\"");
            first.getCell(1).setCellValue("Химия пәнінің мұғалімі"); // the result Excel saved; never evaluated here
            first.createCell(2).setCellValue(LocalDate.of(2025, 9, 1));
            first.getCell(2).setCellStyle(date);
            Row second = sheet.createRow(2);
            second.createCell(0).setCellValue("=1+1");
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        StaffSheetResult result = StaffSheet.read(new ByteArrayInputStream(xlsx), DIRECTORY, TODAY);
        ImportedPerson p = result.taken().get(0);
        assertEquals("Химия пәнінің мұғалімі", p.jobTitle());
        assertEquals(LocalDate.of(2025, 9, 1), p.teachingSince(), "a date cell, whatever its display format");
        assertEquals("aruzhan.toleuova", p.username());
        assertEquals(List.of(new StaffRowRefusal(3, StaffColumn.FULL_NAME, "Аты-жөні / ФИО", "staff.import.formula", "=1+1")),
                result.refusals());
    }
}
