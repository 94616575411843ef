package kz.rudny.cabinet.library.materials.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.rudny.cabinet.domain.calendar.AcademicYear;
import kz.rudny.cabinet.domain.files.boundary.FileKind;
import kz.rudny.cabinet.domain.files.boundary.IncomingFile;
import kz.rudny.cabinet.domain.files.boundary.StoredFile;
import kz.rudny.cabinet.domain.files.boundary.StoredFiles;
import kz.rudny.cabinet.domain.notifications.boundary.Notifications;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.platform.boundary.DemoSchoolLoaded;
import kz.rudny.cabinet.domain.school.boundary.TeachingLanguage;
import kz.rudny.cabinet.library.materials.boundary.DemoMaterialsLoaded;
import kz.rudny.cabinet.library.materials.boundary.MaterialStatus;
import kz.rudny.cabinet.library.materials.boundary.MaterialType;
import kz.rudny.cabinet.library.materials.boundary.StepKind;
import kz.rudny.cabinet.library.materials.entity.Material;
import kz.rudny.cabinet.library.materials.entity.MaterialFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The library's part of the demo data: for each demo school a few published materials with real DOCX files
 * in Kazakh and Russian, placed in the corners, one draft and one waiting for review; the first school's
 * Kazakh lesson plan is shared with the town and featured. The previous academic year: twice the school's pace of
 * materials published then, in the school's language, of which the first (pace - 1) were shared with the district.
 */
@ApplicationScoped
public class MaterialsDemo {

    /** A material of the previous academic year, published on the 10th of its month of that year (0 = September). */
    private record Earlier(int month, String author, MaterialType type, int association, Integer gradeFrom,
                           Integer gradeTo, String titleKk, String titleRu, String tags, String fileName, String textKk,
                           String textRu) {
    }

    private static final List<Earlier> LAST_YEAR = List.of(
            new Earlier(1, "methodologist", MaterialType.ARTICLE, -1, null, null,
                    "Жас маманға арналған әдістемелік жадынама", "Памятка молодому специалисту", "жадынама, памятка",
                    "jadynama.docx", "Жас маманға: сабаққа дайындық, құжаттар, тәлімгермен жұмыс.",
                    "Молодому специалисту: подготовка к уроку, документы, работа с наставником."),
            new Earlier(2, "mentor", MaterialType.PRESENTATION, 1, 8, 9, "Геометриялық есептерді шығару тәсілдері",
                    "Способы решения геометрических задач", "геометрия", "geometriya.docx",
                    "Үшбұрыштар ұқсастығы арқылы есептер шығару, сызбамен жұмыс.",
                    "Решение задач через подобие треугольников, работа с чертежом."),
            new Earlier(4, "head", MaterialType.MASTER_CLASS, 0, 5, 11, "Сыни тұрғыдан ойлау стратегиялары",
                    "Стратегии критического мышления", "сыни ойлау, критическое мышление", "syni-oilau.docx",
                    "Инсерт, кластер, синквейн стратегиялары: сабақта қолдану мысалдары.",
                    "Стратегии инсерт, кластер, синквейн: примеры применения на уроке."),
            new Earlier(5, "t01", MaterialType.LESSON_PLAN, 2, 2, 4, "Бастауыш сыныптағы оқу сауаттылығы",
                    "Читательская грамотность в начальной школе", "оқу сауаттылығы, читательская грамотность",
                    "oqu-sauattylygy.docx", "Мәтінмен жұмыс: болжау, сұрақ қою, мазмұндау.",
                    "Работа с текстом: прогнозирование, постановка вопросов, пересказ."),
            new Earlier(6, "t02", MaterialType.EVENT_SCENARIO, 0, 6, 8, "Тарихи викторина: «Ұлы Дала»",
                    "Историческая викторина «Великая степь»", "викторина, тарих, история", "viktorina.docx",
                    "Викторина сұрақтары: Ұлы Дала мәдениеті, тарихи тұлғалар.",
                    "Вопросы викторины: культура Великой степи, исторические личности."),
            new Earlier(7, "t03", MaterialType.LESSON_PLAN, 0, 5, 6, "Ағылшын тілі сабағындағы жоба әдісі",
                    "Метод проектов на уроке английского языка", "жоба, проект, English", "project-method.docx",
                    "Жоба кезеңдері: тақырып таңдау, топтық жұмыс, қорғау.",
                    "Этапы проекта: выбор темы, работа в группах, защита."));

    @Inject
    Shelf shelf;

    @Inject
    StoredFiles files;

    @Inject
    MaterialIndexer indexer;

    @Inject
    StepLog steps;

    @Inject
    Event<DemoMaterialsLoaded> loaded;

    @Inject
    Notifications notifications;

    void schoolLoaded(@Observes DemoSchoolLoaded school) {
        int year = AcademicYear.of(LocalDate.now(ZoneOffset.UTC)).startYear();
        Long humanities = school.associationIds().isEmpty() ? null : school.associationIds().get(0);
        Long sciences = school.associationIds().size() < 2 ? null : school.associationIds().get(1);
        StaffCard teacher = school.staff().get("teacher");
        StaffCard young = school.staff().get("young2");
        StaffCard mentor = school.staff().get("mentor");
        StaffCard methodologist = school.staff().get("methodologist");
        StaffCard head = school.staff().get("head");

        Material games = material(teacher, "Ұлттық ойындар арқылы оқушылардың қызығушылығын арттыру",
                "Повышение интереса учащихся через национальные игры",
                "Бастауыш сынып сабақтарына арналған ұлттық ойындар жинағы және сабақ жоспары.",
                MaterialType.LESSON_PLAN, Language.KK, humanities, year, 3, 4, "ұлттық ойындар, сабақ жоспары",
                MaterialStatus.PUBLISHED, head, "ulttyq-oiyndar.docx",
                "Ұлттық ойындар арқылы оқушылардың қызығушылығын арттыру",
                "Сабақтың мақсаты: асық ату, тоғызқұмалақ және бәйге ойындары арқылы оқушылардың пәнге деген "
                        + "қызығушылығын арттыру. Мұғалімдерге арналған ұсыныстар: сабақтардың басында сергіту сәті "
                        + "ретінде ойын ұйымдастыру, топтық жұмыста ойын ережелерін түсіндіру.");
        Material fractions = material(young, null, "Открытый урок: обыкновенные дроби в 5 классе",
                "Конспект открытого урока математики с презентацией и рабочими листами.",
                MaterialType.LESSON_PLAN, Language.RU, sciences, year, 5, 5, "открытый урок, дроби, математика",
                MaterialStatus.PUBLISHED, methodologist, "drobi-5-klass.docx",
                "Открытый урок: обыкновенные дроби",
                "Цель урока: сформировать понятие обыкновенной дроби. На уроках учащиеся работают в парах, "
                        + "решают задачи на сравнение дробей, составляют кластер. Рефлексия: приём «Светофор».");
        Material analysis = material(mentor, "Сабақты талдау үлгісі", "Схема анализа урока",
                "Жас мамандарға арналған сабақты талдау үлгісі / схема анализа урока для молодых специалистов.",
                MaterialType.LESSON_ANALYSIS_TEMPLATE, Language.RU, sciences, year, null, null, "анализ урока, наставничество",
                MaterialStatus.PUBLISHED, methodologist, "analiz-uroka.docx", "Схема анализа урока",
                "Анализ урока: цель и задачи урока, структура, методы и приёмы, деятельность учащихся, "
                        + "оценивание. Мұғалімнің іс-әрекеті, оқушылардың белсенділігі, кері байланыс.");
        Material schedule = material(methodologist, "II тоқсандағы ашық сабақтар кестесі",
                "График открытых уроков во II четверти", "Кесте / график на вторую четверть.",
                MaterialType.OTHER, Language.KK, null, year, null, null, "кесте, ашық сабақ",
                MaterialStatus.PUBLISHED, head, "ashyq-sabaqtar.docx", "Ашық сабақтар кестесі",
                "Ашық сабақтар кестесі: 5 қараша — математика, 12 қараша — қазақ әдебиеті, 19 қараша — физика.");
        material(teacher, "Тәрбие сағатының сценарийі", null, "Жоба.", MaterialType.EVENT_SCENARIO, Language.KK,
                humanities, year, 6, 7, null, MaterialStatus.DRAFT, null, "tarbie-sagaty.docx", "Тәрбие сағаты",
                "Тәрбие сағатының сценарийі: Тәуелсіздік күніне арналған іс-шара.");
        material(school.staff().get("t01"), null, "Интеллектуальная игра «Что? Где? Когда?» для 7 классов",
                "Сценарий внеклассного мероприятия.", MaterialType.EVENT_SCENARIO, Language.RU, humanities, year, 7, 7,
                "интеллектуальная игра", MaterialStatus.SUBMITTED, null, "chto-gde-kogda.docx",
                "Что? Где? Когда?", "Сценарий интеллектуальной игры для учащихся седьмых классов.");

        AcademicYear previous = AcademicYear.of(LocalDate.now(ZoneOffset.UTC)).previous();
        List<Material> earlier = new ArrayList<>();
        List<DemoMaterialsLoaded.Shared> sharedEarlier = new ArrayList<>();
        for (Earlier e : LAST_YEAR.subList(0, Math.min(LAST_YEAR.size(), 2 * school.pace()))) {
            boolean russian = school.language() == TeachingLanguage.RUSSIAN;
            Long association = e.association() < 0 || e.association() >= school.associationIds().size() ? null
                    : school.associationIds().get(e.association());
            LocalDateTime published = previous.firstDay().plusMonths(e.month()).plusDays(9).atTime(10, 0);
            Material m = material(school.staff().get(e.author()), e.titleKk(), e.titleRu(),
                    russian ? e.textRu() : e.textKk(), e.type(), russian ? Language.RU : Language.KK, association,
                    previous.startYear(), e.gradeFrom(), e.gradeTo(), e.tags(), MaterialStatus.PUBLISHED, methodologist,
                    e.fileName(), russian ? e.titleRu() : e.titleKk(), russian ? e.textRu() : e.textKk(), published);
            if (earlier.size() < school.pace() - 1) {
                LocalDateTime at = published.plusDays(3);
                step(m, StepKind.SHARED, methodologist.fullName(), null, at);
                sharedEarlier.add(new DemoMaterialsLoaded.Shared(shelf.copy(m), at));
            }
            earlier.add(m);
        }

        boolean sharing = school.associationIds().size() > 0 && school.staff().containsKey("t01")
                && school.schoolName().startsWith("Абай");
        if (sharing) {
            step(games, StepKind.SHARED, methodologist.fullName(), null, LocalDateTime.now(ZoneOffset.UTC));
        }
        loaded.fire(new DemoMaterialsLoaded(school.schoolId(), school.schoolName(), Map.of("games", games.getId(),
                "fractions", fractions.getId(), "analysis", analysis.getId(), "schedule", schedule.getId()),
                sharing ? shelf.copy(games) : null, methodologist.fullName(), sharedEarlier));
        for (Material m : List.of(games, fractions, analysis, schedule)) {
            indexer.put(m);
            // the authors were told, as the review tells them (so a newcomer's bell is not empty)
            notifications.sendToStaff(List.of(m.getAuthorStaffId()), ReviewNotices.approved(m));
        }
        earlier.forEach(indexer::put);
    }

    private Material material(StaffCard author, String titleKk, String titleRu, String description, MaterialType type,
                              Language language, Long association, int year, Integer gradeFrom, Integer gradeTo,
                              String tags, MaterialStatus status, StaffCard reviewer, String fileName,
                              String heading, String text) {
        return material(author, titleKk, titleRu, description, type, language, association, year, gradeFrom, gradeTo,
                tags, status, reviewer, fileName, heading, text, LocalDateTime.now(ZoneOffset.UTC));
    }

    /** A material entered, submitted and (if published) approved and published at {@code now}. */
    private Material material(StaffCard author, String titleKk, String titleRu, String description, MaterialType type,
                              Language language, Long association, int year, Integer gradeFrom, Integer gradeTo,
                              String tags, MaterialStatus status, StaffCard reviewer, String fileName,
                              String heading, String text, LocalDateTime now) {
        EntityManager data = shelf.data();
        Material m = new Material(author.staffId(), author.fullName(), author.jobTitle(), now);
        m.describe(titleKk, titleRu, description, null, gradeFrom, gradeTo, type, language, association, year, tags, now);
        data.persist(m);
        data.flush();
        step(m, StepKind.CREATED, author.fullName(), null, now);
        StoredFile stored = files.accept(new IncomingFile(fileName, new ByteArrayInputStream(docx(heading, text))),
                Set.of(FileKind.DOCX));
        MaterialFile f = new MaterialFile(m, stored.name(), stored.storedName(), stored.kind(), stored.size(),
                stored.sha256(), null, author.fullName(), now);
        data.persist(f);
        m.getFiles().add(f);
        step(m, StepKind.FILE_ADDED, author.fullName(), stored.name(), now);
        if (status != MaterialStatus.DRAFT) {
            m.moveTo(MaterialStatus.SUBMITTED, now);
            step(m, StepKind.SUBMITTED, author.fullName(), null, now);
        }
        if (status == MaterialStatus.PUBLISHED) {
            m.moveTo(MaterialStatus.PUBLISHED, now);
            step(m, StepKind.APPROVED, reviewer.fullName(), null, now);
            step(m, StepKind.PUBLISHED, reviewer.fullName(), null, now);
        }
        data.flush();
        return m;
    }

    private void step(Material m, StepKind kind, String who, String comment, LocalDateTime now) {
        steps.record(m, kind, who, comment, now); // all steps of a demo material share one time: ids in order
    }

    private static byte[] docx(String heading, String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var title = doc.createParagraph().createRun();
            title.setBold(true);
            title.setFontSize(16);
            title.setText(heading);
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
