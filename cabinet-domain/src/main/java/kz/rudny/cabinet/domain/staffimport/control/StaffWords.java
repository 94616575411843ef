package kz.rudny.cabinet.domain.staffimport.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.rudny.cabinet.domain.people.boundary.EducationLevel;
import kz.rudny.cabinet.domain.people.boundary.QualificationCategory;
import kz.rudny.cabinet.domain.security.Role;

/**
 * The words an imported staff list may use for a role, a qualification category, an education and a date, in Kazakh,
 * Russian and English besides the enum names. Words are compared ignoring case, ё/е, dashes and repeated spaces.
 */
final class StaffWords {

    private static final Map<String, Role> ROLES = new HashMap<>();
    private static final Map<String, QualificationCategory> CATEGORIES = new HashMap<>();
    private static final Map<String, EducationLevel> EDUCATION = new HashMap<>();
    /** What a list adds in brackets: "(колледж)", "(магистр, PhD)". */
    private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)");
    private static final Set<String> NONE = Set.of("без категории", "нет", "none", "no category",
            "санатсыз", "жоқ");
    /** 01.09.2015, 1.9.2015, 01/09/2015, optionally followed by г., года, ж., жыл. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_WORD = Pattern.compile("\\s*(?:г\\.?|года?|ж\\.?|жыл|жылы)$");

    static {
        roles(Role.TEACHER, "teacher", "учитель", "педагог", "мұғалім");
        roles(Role.MENTOR, "mentor", "наставник", "тәлімгер");
        roles(Role.ASSOCIATION_HEAD, "association head", "head of association", "руководитель мо",
                "руководитель методического объединения", "әб жетекшісі", "бірлестік жетекшісі");
        roles(Role.SCHOOL_METHODOLOGIST, "school methodologist", "methodologist", "методист", "школьный методист",
                "әдіскер", "мектеп әдіскері");
        categories(QualificationCategory.TRAINEE, "trainee", "intern", "педагог-стажер", "стажер",
                "педагог-тағылымдамашы", "тағылымдамашы");
        categories(QualificationCategory.TEACHER, "teacher", "педагог");
        categories(QualificationCategory.MODERATOR, "moderator", "педагог-модератор", "модератор");
        categories(QualificationCategory.EXPERT, "expert", "педагог-эксперт", "эксперт", "педагог-сарапшы", "сарапшы");
        categories(QualificationCategory.RESEARCHER, "researcher", "педагог-исследователь", "исследователь",
                "педагог-зерттеуші", "зерттеуші");
        categories(QualificationCategory.MASTER, "master", "педагог-мастер", "мастер", "педагог-шебер", "шебер");
        // "высшее" or "колледж" alone does not say whether it is pedagogical: such a cell is refused, not guessed
        education(EducationLevel.POSTGRADUATE, "postgraduate", "master's degree", "masters degree", "phd",
                "послевузовское", "магистр", "магистратура", "доктор phd", "жоғары оқу орнынан кейінгі",
                "жоғары оқу орнынан кейінгі білім");
        education(EducationLevel.HIGHER_PEDAGOGICAL, "higher pedagogical", "higher teacher education",
                "высшее педагогическое", "жоғары педагогикалық");
        education(EducationLevel.HIGHER_OTHER, "higher non-pedagogical", "higher other", "высшее непедагогическое",
                "высшее не педагогическое", "жоғары педагогикалық емес", "жоғары, педагогикалық емес");
        education(EducationLevel.VOCATIONAL_PEDAGOGICAL, "vocational pedagogical", "pedagogical college",
                "среднее специальное педагогическое", "средне-специальное педагогическое", "педагогический колледж",
                "орта арнаулы педагогикалық", "педагогикалық колледж");
        education(EducationLevel.VOCATIONAL_OTHER, "vocational other", "vocational non-pedagogical",
                "среднее специальное непедагогическое", "средне-специальное непедагогическое",
                "среднее специальное не педагогическое", "орта арнаулы педагогикалық емес",
                "орта арнаулы, педагогикалық емес");
    }

    private StaffWords() {
    }

    /** A school role by its name in any of the three languages; district roles are not known here. */
    static Optional<Role> role(String word) {
        return Optional.ofNullable(ROLES.get(normalise(word)));
    }

    /** A category by its name (see {@link #isNoCategory} for a cell that says there is none). */
    static Optional<QualificationCategory> category(String word) {
        return Optional.ofNullable(CATEGORIES.get(normalise(word)));
    }

    /** An education by its name in any of the three languages; what the name adds in brackets is ignored. */
    static Optional<EducationLevel> education(String word) {
        return Optional.ofNullable(EDUCATION.get(normalise(BRACKETS.matcher(word).replaceAll(" "))));
    }

    static boolean isNoCategory(String word) {
        return NONE.contains(normalise(word));
    }

    /**
     * A date as people write it: {@code 01.09.2015}, {@code 1/9/2015}, {@code 2015-09-01} (also what an XLSX
     * date cell reads as), or a year alone, meaning 1 September of it (the start of that academic year).
     */
    static Optional<LocalDate> date(String text) {
        String cleaned = YEAR_WORD.matcher(text.strip()).replaceFirst("");
        if (YEAR.matcher(cleaned).matches()) {
            return Optional.of(LocalDate.of(Integer.parseInt(cleaned), 9, 1));
        }
        return day(text);
    }

    /** A whole date ({@link #date} without the year alone: a birth date is a day). */
    static Optional<LocalDate> day(String text) {
        String cleaned = YEAR_WORD.matcher(text.strip()).replaceFirst("");
        try {
            Matcher m = DAY_MONTH_YEAR.matcher(cleaned);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
            m = ISO.matcher(cleaned);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
        } catch (DateTimeException e) {
            return Optional.empty(); // 31.02.2015
        }
        return Optional.empty();
    }

    private static void roles(Role role, String... words) {
        known(ROLES, role, words);
    }

    private static void categories(QualificationCategory category, String... words) {
        known(CATEGORIES, category, words);
    }

    private static void education(EducationLevel level, String... words) {
        known(EDUCATION, level, words);
    }

    /** The constant is known by its own name and by the words. */
    private static <E extends Enum<E>> void known(Map<String, E> names, E constant, String... words) {
        names.put(normalise(constant.name()), constant);
        for (String word : words) {
            names.put(normalise(word), constant);
        }
    }

    /** Lower case, ё as е, dashes, underscores and repeated spaces as one space, no trailing full stop. */
    static String normalise(String text) {
        String lower = text.replace('\u00A0', ' ').toLowerCase(Locale.ROOT).replace('ё', 'е');
        return lower.replaceAll("[\\s_\\-\\u2010-\\u2015]+", " ").replaceAll("\\.+$", "").strip();
    }
}
