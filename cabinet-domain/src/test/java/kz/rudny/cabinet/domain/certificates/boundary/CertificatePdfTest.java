package kz.rudny.cabinet.domain.certificates.boundary;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CertificatePdfTest {

    private static final Locale KAZAKH = Locale.forLanguageTag("kk");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final String TITLE = "Ұлттық ойындар арқылы оқушылардың қызығушылығын арттыру";
    private static final String CODE = "7KQ2-M9XD-4TRB";
    private static final String URL = "https://cabinet.rudny.kz/verify/" + CODE;

    private final CertificatePdf pdf = new CertificatePdf();

    private static CertificateFacts facts(CertificateKind kind, String title, LocalDate approvedOn) {
        return certificate(CODE, kind, "Әлібекова Гүлнұр Серікқызы", "бастауыш сынып мұғалімі",
                "Рудный қаласының №7 жалпы білім беретін мектебі", title, LocalDate.of(2025, 3, 14),
                approvedOn, URL);
    }

    private static CertificateFacts approved() {
        return facts(CertificateKind.APPROVED_IN_SCHOOL, TITLE, LocalDate.of(2025, 2, 27));
    }

    @Test
    void kazakhCertificateStatesTheFacts() throws IOException {
        String text = text(pdf.render(approved(), KAZAKH));
        assertAll(
                () -> assertContains(text, "Жарияланым туралы сертификат"),
                () -> assertContains(text, "Рудный қаласының әдістемелік кабинеті"),
                () -> assertContains(text, "Әлібекова Гүлнұр Серікқызы"),
                () -> assertContains(text, "бастауыш сынып мұғалімі"),
                () -> assertContains(text, "Рудный қаласының №7 жалпы білім беретін мектебі"),
                () -> assertContains(text, "«" + TITLE + "»"),
                () -> assertContains(text, "мектептің әдістемелік кеңесі 27.02.2025 ж. мақұлдады"),
                () -> assertContains(text, "Берілген күні: 14.03.2025"),
                () -> assertContains(text, "Тексеру коды"),
                () -> assertContains(text, CODE),
                () -> assertContains(text, "Түпнұсқалығын тексеру: " + URL));
    }

    @Test
    void russianCertificateStatesTheFacts() throws IOException {
        CertificateFacts facts = certificate(CODE, CertificateKind.DISTRICT_BEST_PRACTICE,
                "Щербакова Юлия Николаевна", "учитель русского языка и литературы",
                "КГУ «Школа-гимназия №20 отдела образования города Рудного»",
                "Развитие функциональной грамотности на уроках литературы", LocalDate.of(2025, 5, 2),
                LocalDate.of(2025, 4, 30), URL);
        String text = text(pdf.render(facts, RUSSIAN));
        assertAll(
                () -> assertContains(text, "Сертификат о публикации"),
                () -> assertContains(text, "Щербакова Юлия Николаевна"),
                () -> assertContains(text, "учитель русского языка и литературы"),
                () -> assertContains(text, "КГУ «Школа-гимназия №20 отдела образования города Рудного»"),
                () -> assertContains(text, "«Развитие функциональной грамотности на уроках литературы»"),
                () -> assertContains(text, "Материал представлен как лучшая практика города 30.04.2025 г."),
                () -> assertContains(text, "Дата выдачи: 02.05.2025"),
                () -> assertContains(text, "Код проверки"),
                () -> assertContains(text, CODE),
                () -> assertContains(text, "Проверить подлинность: " + URL));
    }

    @Test
    void englishCertificateStatesTheFacts() throws IOException {
        String text = text(pdf.render(approved(), Locale.ENGLISH));
        assertAll(
                () -> assertContains(text, "Certificate of publication"),
                () -> assertContains(text, "Әлібекова Гүлнұр Серікқызы"),
                () -> assertContains(text, "«" + TITLE + "»"),
                () -> assertContains(text, "approved by the school's methodical council on 27.02.2025"),
                () -> assertContains(text, "Issued on 14.03.2025"),
                () -> assertContains(text, "Verification code"),
                () -> assertContains(text, CODE),
                () -> assertContains(text, "Check at " + URL));
    }

    @Test
    void anUnknownLanguageGetsEnglishNotTheServerDefault() throws IOException {
        Locale before = Locale.getDefault();
        Locale.setDefault(RUSSIAN);
        try {
            String text = text(pdf.render(approved(), Locale.GERMAN));
            assertContains(text, "Certificate of publication");
            assertFalse(text.contains("Сертификат о публикации"), text);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aRegionalLocaleGetsItsLanguage() throws IOException {
        assertContains(text(pdf.render(approved(), Locale.forLanguageTag("kk-KZ"))), "Жарияланым туралы сертификат");
        assertContains(text(pdf.render(approved(), Locale.forLanguageTag("ru-KZ"))), "Сертификат о публикации");
    }

    @ParameterizedTest
    @EnumSource(CertificateKind.class)
    void aMissingApprovalDateAndPositionAreLeftOut(CertificateKind kind) throws IOException {
        CertificateFacts facts = certificate(CODE, kind, "Иванов Пётр", null, "Школа-лицей №1", TITLE,
                LocalDate.of(2025, 3, 14), null, URL);
        String text = text(pdf.render(facts, RUSSIAN));
        assertContains(text, switch (kind) {
            case APPROVED_IN_SCHOOL -> "Материал одобрен методическим советом школы.";
            case DISTRICT_BEST_PRACTICE -> "Материал представлен как лучшая практика города.";
            case EVENT_PARTICIPATION -> "Участие подтверждено организатором мероприятия.";
            case EVENT_PRESENTATION -> "Выступление подтверждено организатором мероприятия.";
        });
        assertFalse(text.contains("null"), text);
        assertFalse(text.contains("{date}"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void isOneLandscapeA4Page(String language) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(approved(), Locale.forLanguageTag(language)))) {
            assertEquals(1, document.getNumberOfPages());
            PDPage page = document.getPage(0);
            assertEquals(842, page.getMediaBox().getWidth(), 1);
            assertEquals(595, page.getMediaBox().getHeight(), 1);
            assertEquals(0, page.getRotation());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void embedsItsFonts(String language) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(approved(), Locale.forLanguageTag(language)))) {
            List<PDFont> fonts = fonts(document.getPage(0));
            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().contains("DejaVuSans"), font.getName());
            }
        }
    }

    @Test
    void setsTheDocumentInformation() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(approved(), KAZAKH))) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertEquals("Жарияланым туралы сертификат " + CODE, info.getTitle());
            assertEquals("Рудный қаласының әдістемелік кабинеті", info.getAuthor());
            assertNotNull(info.getCreationDate());
            assertEquals("kk", document.getDocumentCatalog().getLanguage());
        }
        try (PDDocument document = Loader.loadPDF(pdf.render(approved(), Locale.ENGLISH))) {
            assertEquals("Rudny methodical cabinet", document.getDocumentInformation().getAuthor());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 1_000, 5_000})
    void aVeryLongTitleStillFitsOnePage(int length) throws IOException {
        StringBuilder title = new StringBuilder();
        while (title.length() < length) {
            title.append(TITLE).append(' ');
        }
        String longTitle = title.substring(0, length);
        CertificateFacts facts = certificate(CODE, CertificateKind.DISTRICT_BEST_PRACTICE,
                "Әлібекова Гүлнұр Серікқызы", "бастауыш сынып мұғалімі, әдістемелік бірлестік жетекшісі",
                "«Рудный қаласы әкімдігінің білім бөлімінің №7 жалпы білім беретін мектебі» КММ", longTitle,
                LocalDate.of(2025, 3, 14), LocalDate.of(2025, 3, 1), URL);
        try (PDDocument document = Loader.loadPDF(pdf.render(facts, KAZAKH))) {
            assertEquals(1, document.getNumberOfPages());
            String text = flat(new PDFTextStripper().getText(document));
            assertContains(text, "Әлібекова Гүлнұр Серікқызы");
            assertContains(text, "қалалық үздік тәжірибе ретінде ұсынылды");
            assertContains(text, CODE);
            assertContains(text, "Түпнұсқалығын тексеру: " + URL);
            if (length == 400) {
                assertContains(text, "«" + longTitle.strip() + "»");
            }
        }
    }

    @Test
    void evenAbsurdlyLongNamesStayOnOnePage() throws IOException {
        String words = "Ұлттық ойындар арқылы ".repeat(100);
        CertificateFacts facts = certificate(CODE, CertificateKind.APPROVED_IN_SCHOOL, words, words, words,
                words, LocalDate.of(2025, 3, 14), null, URL + "?" + "x".repeat(300));
        try (PDDocument document = Loader.loadPDF(pdf.render(facts, KAZAKH))) {
            assertEquals(1, document.getNumberOfPages());
            assertContains(flat(new PDFTextStripper().getText(document)), CODE);
        }
    }

    @Test
    void everyBaseKeyIsTranslatedIntoKazakhAndRussian() throws IOException {
        Properties base = bundleFile("certificate.properties");
        assertFalse(base.isEmpty());
        assertTrue(bundleFile("certificate_en.properties").isEmpty(), "English comes from the base file");
        for (String file : List.of("certificate_kk.properties", "certificate_ru.properties")) {
            Properties translation = bundleFile(file);
            assertEquals(base.keySet(), translation.keySet(), file);
            for (String key : translation.stringPropertyNames()) {
                assertFalse(translation.getProperty(key).isBlank(), file + ": " + key);
                assertFalse(translation.getProperty(key).equals(base.getProperty(key))
                        && !key.equals("title.quoted"), file + " copies the English of " + key);
            }
        }
        for (String key : base.stringPropertyNames()) {
            assertFalse(base.getProperty(key).isBlank(), key);
        }
    }

    @ParameterizedTest
    @EnumSource(CertificateKind.class)
    void everyKindHasItsWordsInEveryLanguage(CertificateKind kind) throws IOException {
        String prefix = "kind." + kind.name().toLowerCase(Locale.ROOT);
        for (String file : List.of("certificate.properties", "certificate_kk.properties", "certificate_ru.properties")) {
            Properties words = bundleFile(file);
            for (String key : List.of(prefix + ".heading", prefix + ".deed", prefix, prefix + ".dated")) {
                assertFalse(words.getProperty(key, "").isBlank(), file + ": " + key);
            }
            assertTrue(words.getProperty(prefix + ".dated").contains("{date}"), file + ": " + prefix + ".dated");
        }
    }

    @Test
    void anEventCertificateSaysWhatTheHolderDidAndWhen() throws IOException {
        CertificateFacts facts = certificate(CODE, CertificateKind.EVENT_PARTICIPATION, "Әлібекова Гүлнұр",
                "бастауыш сынып мұғалімі", "№7 мектеп", "Семинар: формативті бағалау", LocalDate.of(2025, 3, 14),
                LocalDate.of(2025, 3, 12), URL);
        String kazakh = text(pdf.render(facts, KAZAKH));
        assertContains(kazakh, "Қатысу туралы сертификат");
        assertContains(kazakh, "төмендегі іс-шараға қатысты");
        assertContains(kazakh, "«Семинар: формативті бағалау»");
        assertContains(kazakh, "12.03.2025 ж. қатысуды");
        CertificateFacts talk = certificate(CODE, CertificateKind.EVENT_PRESENTATION, "Иванов Пётр", null,
                "Школа-лицей №1", "Мастер-класс: смысловое чтение", LocalDate.of(2025, 3, 14),
                LocalDate.of(2025, 3, 12), URL);
        String russian = text(pdf.render(talk, RUSSIAN));
        assertContains(russian, "Сертификат докладчика");
        assertContains(russian, "выступил(а) с докладом на мероприятии");
        assertContains(russian, "Выступление 12.03.2025 г. подтверждено организатором мероприятия.");
    }

    /** The certificate to print, its facts in the order a certificate reads them. */
    private static CertificateFacts certificate(String code, CertificateKind kind, String holder, String position,
                                                String school, String title, LocalDate issuedOn, LocalDate dated,
                                                String url) {
        return new CertificateFacts(new CertificateStatement(code, kind, holder, position, school, title, dated,
                issuedOn), url);
    }

    private static Properties bundleFile(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CertificatePdfTest.class.getResourceAsStream(
                "/kz/rudny/cabinet/domain/certificates/" + name)) {
            assertNotNull(in, name);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<PDFont> fonts(PDPage page) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }

    private static String text(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return flat(new PDFTextStripper().getText(document));
        }
    }

    /** The text with line breaks and runs of spaces as single spaces, as wrapping may break lines anywhere. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), () -> "expected «" + expected + "» in: " + text);
    }
}
