package kz.rudny.cabinet.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every value a person sees has its text in Kazakh, Russian and English: every key the pages and the web
 * classes name, every constant of an enum that a page shows through a key prefix ({@code audit.action.} and
 * the like), and every validation message the modules refuse input with. A missing text shows as
 * {@code ???key???} on the page, so it is caught here instead. The same for every notification a module sends.
 */
class EveryTextInThreeLanguagesTest {

    private static final Path WEB = Path.of("src/main");
    private static final Path ROOT = Path.of("..");
    private static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    /**
     * Which values a page shows through each key prefix: "%s" is the constant's name. A page that shows a new
     * kind of value through a new prefix must say here which enum it shows, or this test fails.
     */
    private static final Map<String, Values> SHOWN_WITH_A_PREFIX = new LinkedHashMap<>();

    static {
        shown(Values.auditActions(), "audit.action.%s");
        shown(Values.auditFields(), "audit.field.%s");
        shown(Values.of("kz.rudny.cabinet.domain.people.boundary.QualificationCategory"), "qualificationCategory.%s");
        shown(Values.of("kz.rudny.cabinet.domain.people.boundary.EducationLevel"), "educationLevel.%s");
        shown(Values.of("kz.rudny.cabinet.domain.security.Role"), "role.%s");
        shown(Values.of("kz.rudny.cabinet.domain.people.boundary.Language"), "language.%s");
        shown(Values.of("kz.rudny.cabinet.domain.school.boundary.TeachingLanguage"), "teachingLanguage.%s");
        shown(Values.of("kz.rudny.cabinet.library.materials.boundary.MaterialType"), "materialType.%s");
        shown(Values.of("kz.rudny.cabinet.library.materials.boundary.MaterialStatus"), "materialStatus.%s");
        shown(Values.of("kz.rudny.cabinet.library.materials.boundary.ShareState"), "shareState.%s",
                "exchange.state.%s");
        shown(Values.of("kz.rudny.cabinet.library.materials.boundary.StepKind"), "step.%s");
        shown(Values.of("kz.rudny.cabinet.library.catalogue.boundary.HoldingType"), "holdingType.%s");
        shown(Values.of("kz.rudny.cabinet.library.catalogue.boundary.CopyCondition"), "copyCondition.%s");
        shown(Values.of("kz.rudny.cabinet.domain.certificates.boundary.CertificateKind"), "certificate.%s",
                "verify.kind.%s", "verify.kind.%s.dated", "verify.kind.%s.name", "verify.approvedOn.%s",
                "verify.holder.%s", "verify.title.%s");
        shown(Values.of("kz.rudny.cabinet.library.corners.boundary.SeedCorner"), "corner.%s.name",
                "corner.%s.description");
        shown(Values.of("kz.rudny.cabinet.library.search.boundary.SearchFacet"), "search.facet.%s");
        shown(Values.of("kz.rudny.cabinet.library.search.boundary.FoundKind"), "search.kind.%s");
        shown(Values.of("kz.rudny.cabinet.events.rooms.boundary.RoomKind"), "roomKind.%s");
        shown(Values.of("kz.rudny.cabinet.events.calendar.boundary.EntryKind"), "calendar.kind.%s");
        shown(Values.of("java.time.DayOfWeek"), "day.%s");
        // the meetings' pages (merged from main without these lines)
        shown(Values.of("kz.rudny.cabinet.events.meetings.boundary.MeetingStatus"), "meetingStatus.%s");
        shown(Values.of("kz.rudny.cabinet.events.meetings.boundary.MinutesState"), "minutesState.%s");
        shown(Values.of("kz.rudny.cabinet.events.meetings.boundary.Presence"), "presence.%s");
        shown(Values.of("kz.rudny.cabinet.events.plan.boundary.PlanItemKind"), "planItemKind.%s");
        shown(Values.of("kz.rudny.cabinet.events.plan.boundary.ExecutionMark"), "executionMark.%s");
        shown(Values.of("kz.rudny.cabinet.events.plan.boundary.ExportLayout"), "plan.layout.%s");
        shown(Values.of("kz.rudny.cabinet.domain.calendar.Quarter"), "plan.quarter.%s");
        // reporting
        shown(Values.of("kz.rudny.cabinet.domain.figures.boundary.Indicator"), "indicator.%s");
        shown(Values.of("kz.rudny.cabinet.web.reporting.FigureSection"), "dashboard.section.%s");
        shown(Values.of("kz.rudny.cabinet.domain.people.boundary.ExperienceBand"), "experienceBand.%s");
        shown(Values.of("kz.rudny.cabinet.domain.people.boundary.AgeBand"), "ageBand.%s");
        // events
        shown(Values.of("kz.rudny.cabinet.events.activities.boundary.ActivityKind"), "activityKind.%s");
        shown(Values.of("kz.rudny.cabinet.events.activities.boundary.ActivityLevel"), "activityLevel.%s");
        shown(Values.of("kz.rudny.cabinet.events.activities.boundary.ActivityStatus"), "activityStatus.%s");
        shown(Values.of("kz.rudny.cabinet.events.activities.boundary.Audience"), "audience.%s");
        shown(Values.of("kz.rudny.cabinet.events.activities.boundary.SeatStatus"), "seatStatus.%s");
        // open lessons and Lesson Study
        shown(Values.of("kz.rudny.cabinet.events.activities.boundary.LessonStage"), "lessonStudy.stage.%s");
        // mentoring
        shown(Values.of("kz.rudny.cabinet.mentoring.pairs.boundary.PlanHeading"), "mentoring.heading.%s");
        shown(Values.of("kz.rudny.cabinet.mentoring.pairs.boundary.VisitDirection"), "mentoring.direction.%s");
        shown(Values.of("kz.rudny.cabinet.mentoring.pairs.boundary.NoteKind"), "mentoring.note.%s");
        shown(Values.of("kz.rudny.cabinet.mentoring.pairs.boundary.Recommendation"), "mentoring.recommendation.%s");
        // courses of continuous professional development
        shown(Values.of("kz.rudny.cabinet.mentoring.courses.boundary.CourseKind"), "courses.kind.%s");
        shown(Values.of("kz.rudny.cabinet.mentoring.courses.boundary.DueState"), "courses.due.%s");
        // self-education
        shown(Values.of("kz.rudny.cabinet.mentoring.selfeducation.boundary.Stage"), "selfEducation.stage.%s");
        shown(Values.of("kz.rudny.cabinet.mentoring.selfeducation.boundary.OutcomeKind"), "selfEducation.outcome.%s");
        shown(Values.of("kz.rudny.cabinet.mentoring.selfeducation.boundary.OutcomeLink"), "selfEducation.link.%s");
        // attestation readiness
        shown(Values.of("kz.rudny.cabinet.mentoring.attestation.boundary.EvidenceKind"), "attestation.kind.%s");
        shown(Values.of("kz.rudny.cabinet.mentoring.attestation.boundary.AchievementLevel"), "attestation.level.%s");
    }

    private static void shown(Values values, String... keys) {
        for (String key : keys) {
            SHOWN_WITH_A_PREFIX.put(key, values);
        }
    }

    @Test
    void eachBundleHasTheSameKeysInKazakhRussianAndEnglish() {
        for (Bundle bundle : Bundle.values()) {
            Map<String, Properties> texts = bundle.load();
            Set<String> all = new TreeSet<>();
            texts.values().forEach(p -> all.addAll(p.stringPropertyNames()));
            List<String> missing = new ArrayList<>();
            texts.forEach((language, p) -> all.stream().filter(k -> p.getProperty(k) == null)
                    .forEach(k -> missing.add(bundle + "_" + language + ": " + k)));
            assertEquals(List.of(), missing, "keys that one language has and another lacks");
        }
    }

    /**
     * A text with arguments ({0}) is a MessageFormat pattern, where an apostrophe is written twice; one without is
     * shown as written (Texts, Bean Validation, the pages' msg[...]), where a doubled apostrophe would show twice.
     */
    @Test
    void apostrophesAreDoubledExactlyInTextsWithArguments() {
        Pattern argument = Pattern.compile("\\{\\d");
        List<String> wrong = new ArrayList<>();
        for (Bundle bundle : Bundle.values()) {
            bundle.load().forEach((language, p) -> p.stringPropertyNames().forEach(key -> {
                String text = p.getProperty(key);
                boolean pattern = argument.matcher(text).find();
                String withoutDoubled = text.replace("''", "");
                if (pattern ? withoutDoubled.contains("'") : text.contains("''")) {
                    wrong.add(bundle + "_" + language + ": " + key + "=" + text);
                }
            }));
        }
        assertEquals(List.of(), wrong, "apostrophes: '' with arguments, ' without");
    }

    @Test
    void everyKeyThePagesAndTheirClassesNameHasItsText() {
        Set<String> keys = new TreeSet<>();
        Pattern page = Pattern.compile("msg\\['([\\w.]+)'\\]");
        Pattern java = Pattern.compile("(?:Texts\\.ui|FacesForms\\.info)\\((?:[\\w.()]+, *)?\"([\\w.]*\\w)\"");
        pages().forEach(text -> collect(page, text, keys));
        javaSources(WEB.resolve("java")).forEach(text -> collect(java, text, keys));
        assertTrue(keys.size() > 100, "the pages' keys were found: " + keys.size());
        assertEquals(List.of(), missing(Bundle.UI, keys));
    }

    @Test
    void everyValueShownThroughAKeyPrefixHasATextForEachOfItsConstants() {
        Set<String> prefixes = usedPrefixes();
        List<String> undeclared = prefixes.stream().filter(p -> SHOWN_WITH_A_PREFIX.keySet().stream()
                .noneMatch(k -> k.startsWith(p))).toList();
        assertEquals(List.of(), undeclared, "prefixes a page uses without this test knowing which values it shows");

        Set<String> keys = new TreeSet<>();
        SHOWN_WITH_A_PREFIX.forEach((template, values) -> {
            List<String> names = values.names();
            assertTrue(!names.isEmpty(), "no values found for " + template);
            names.forEach(name -> keys.add(template.formatted(name)));
        });
        assertEquals(List.of(), missing(Bundle.UI, keys));
    }

    @Test
    void everyMessageOfRefusedInputHasItsText() {
        Set<String> validation = new TreeSet<>();
        Set<String> ui = new TreeSet<>();
        Pattern refused = Pattern.compile("new (?:InvalidInputException|Problem)\\(\"\\w+\", \"([\\w.]+)\"");
        Pattern looked = Pattern.compile("Texts\\.validation\\((?:[\\w.()]+, *)?\"([\\w.]+)\"");
        Pattern constraint = Pattern.compile("message *= *\"\\{([\\w.]+)\\}\"");
        Pattern api = Pattern.compile("new ApiInputException\\([^,]+, \"([\\w.]+)\"");
        modules().flatMap(module -> javaSources(module.resolve("src/main/java"))).forEach(text -> {
            collect(refused, text, validation);
            collect(looked, text, validation);
            collect(constraint, text, validation);
            collect(api, text, ui);
        });
        validation.removeIf(k -> k.startsWith("jakarta.") || k.startsWith("org.hibernate."));
        assertTrue(validation.size() > 20, "the modules' validation keys were found: " + validation);
        assertEquals(List.of(), missing(Bundle.VALIDATION, validation));
        assertEquals(List.of(), missing(Bundle.UI, ui));
    }

    @Test
    void everyNotificationAModuleSendsHasItsText() {
        Set<String> keys = new TreeSet<>();
        Pattern sent = Pattern.compile("Notice\\.about\\(\"([\\w.]+)\"");
        modules().flatMap(module -> javaSources(module.resolve("src/main/java"))).forEach(text -> collect(sent, text, keys));
        assertTrue(keys.containsAll(Set.of("notice.welcome", "notice.material.approved", "notice.material.returned")),
                "the notices the modules send were found: " + keys);
        keys.addAll(Set.of("mail.subject", "mail.body"));
        assertEquals(List.of(), missing(Bundle.NOTICES, keys));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** The key prefixes the pages and web classes join a value to: 'x.'.concat(...) and "x." + ... */
    private static Set<String> usedPrefixes() {
        Set<String> prefixes = new TreeSet<>();
        Pattern page = Pattern.compile("msg\\['([\\w.]+\\.)'\\.concat\\(");
        Pattern java = Pattern.compile("\"([a-z][\\w]*(?:\\.\\w+)*\\.)\"");
        pages().forEach(text -> collect(page, text, prefixes));
        Set<String> literals = new TreeSet<>();
        javaSources(WEB.resolve("java")).forEach(text -> collect(java, text, literals));
        Set<String> uiKeys = Bundle.UI.load().get("en").stringPropertyNames();
        literals.stream().filter(p -> uiKeys.stream().anyMatch(k -> k.startsWith(p) && !k.equals(p)))
                .filter(p -> uiKeys.stream().filter(k -> k.startsWith(p)).anyMatch(k -> isConstant(k, p)))
                .forEach(prefixes::add);
        return prefixes;
    }

    /** Whether the key goes on from the prefix with an enum constant's name (upper case). */
    private static boolean isConstant(String key, String prefix) {
        return key.substring(prefix.length()).matches("[A-Z][A-Z0-9_]*(\\..*)?");
    }

    private static List<String> missing(Bundle bundle, Set<String> keys) {
        List<String> missing = new ArrayList<>();
        bundle.load().forEach((language, texts) -> keys.stream().filter(k -> texts.getProperty(k) == null
                || texts.getProperty(k).isBlank()).forEach(k -> missing.add(bundle + "_" + language + ": " + k)));
        return missing;
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static Stream<String> pages() {
        return files(WEB.resolve("webapp"), ".xhtml");
    }

    private static Stream<String> javaSources(Path folder) {
        return files(folder, ".java");
    }

    /** The project's modules, from the folders beside this one (a new module is walked without a change here). */
    private static Stream<Path> modules() {
        try (Stream<Path> all = Files.list(ROOT)) {
            return all.filter(p -> Files.isDirectory(p.resolve("src/main/java"))).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> files(Path folder, String suffix) {
        return paths(folder, suffix).stream().map(EveryTextInThreeLanguagesTest::read);
    }

    private static List<Path> javaFiles(Path folder) {
        return paths(folder, ".java");
    }

    private static List<Path> paths(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message bundles, each read as the files it is made of. */
    private enum Bundle {
        UI(WEB.resolve("resources/kz/rudny/cabinet/web/messages")),
        /** Faces' own messages (a required field, a value that does not convert), as the application words them. */
        FACES(WEB.resolve("resources/kz/rudny/cabinet/web/faces")),
        VALIDATION(ROOT.resolve("cabinet-domain/src/main/resources/ValidationMessages")),
        /** The notifications' texts: rendered by the domain for the inbox and the mail, in the reader's language. */
        NOTICES(ROOT.resolve("cabinet-domain/src/main/resources/kz/rudny/cabinet/domain/notifications/notices"));

        private final Path base;

        Bundle(Path base) {
            this.base = base;
        }

        /** English is the base file (with its own file on top); Kazakh and Russian must stand alone. */
        Map<String, Properties> load() {
            Map<String, Properties> texts = new LinkedHashMap<>();
            for (String language : LANGUAGES) {
                Path own = Path.of(base + "_" + language + ".properties");
                Properties p = language.equals("en") ? properties(Path.of(base + ".properties")) : new Properties();
                if (Files.exists(own)) {
                    properties(own).forEach(p::put);
                }
                texts.put(language, p);
            }
            return texts;
        }

        private static Properties properties(Path file) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        }
    }

    /** The names of the values shown: an enum's constants, or every audit action a module records. */
    private interface Values {

        List<String> names();

        static Values of(String enumClass) {
            return () -> {
                try {
                    return Stream.of(Class.forName(enumClass).getEnumConstants()).map(c -> ((Enum<?>) c).name())
                            .toList();
                } catch (ClassNotFoundException e) {
                    throw new AssertionError("The enum " + enumClass + " is gone: say here what the page shows now", e);
                }
            };
        }

        /** Every field an audit trail keeps: the constants of every enum that implements {@code AuditField}. */
        static Values auditFields() {
            return () -> {
                Set<String> names = new TreeSet<>();
                Pattern fieldEnum = Pattern.compile("enum (\\w+) implements [^{]*\\bAuditField\\b");
                modules().map(m -> m.resolve("src/main/java")).forEach(sources -> javaFiles(sources).forEach(file -> {
                    if (fieldEnum.matcher(read(file)).find()) {
                        String type = sources.relativize(file).toString().replace(".java", "").replace('/', '.');
                        names.addAll(of(type).names());
                    }
                }));
                return List.copyOf(names);
            };
        }

        /**
         * Every action recorded in an audit trail: the constants of every enum that implements an
         * {@code AuditAction} interface, and the names given as text to {@code audit.record("...", ...)}.
         */
        static Values auditActions() {
            return () -> {
                Set<String> names = new TreeSet<>();
                Pattern actionEnum = Pattern.compile("enum (\\w+) implements [^{]*\\bAuditAction\\b");
                Pattern recorded = Pattern.compile("audit\\.record\\(\"([A-Z_]+)\"");
                modules().map(m -> m.resolve("src/main/java")).forEach(sources -> javaFiles(sources).forEach(file -> {
                    String text = read(file);
                    collect(recorded, text, names);
                    if (actionEnum.matcher(text).find()) {
                        String type = sources.relativize(file).toString().replace(".java", "").replace('/', '.');
                        names.addAll(of(type).names());
                    }
                }));
                return List.copyOf(names);
            };
        }
    }
}
