package kz.rudny.cabinet.library.index.bench;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import kz.rudny.cabinet.library.index.boundary.DocumentKind;
import kz.rudny.cabinet.library.index.boundary.Facet;
import kz.rudny.cabinet.library.index.boundary.SearchDocument;

/**
 * Generates the benchmark's materials, reproducibly from a seed: {@value #SCHOOLS} schools, about a third
 * of the materials shared, Kazakh, Russian or bilingual text. Titles and descriptions come from templates;
 * the body has {@value #MIN_WORDS}–{@value #MAX_WORDS} words in sentences of inflected Kazakh nouns
 * ({@link KazakhInflection}) or declined Russian nouns and adjectives ({@link RussianInflection}), common
 * words and now and then a subject's terms. Frequent words are picked more often (roughly Zipf-like).
 */
final class BenchmarkCorpus {

    static final int SCHOOLS = 21;
    static final int MIN_WORDS = 300;
    static final int MAX_WORDS = 1500;
    static final String[] TYPES = {"LESSON_PLAN", "LESSON_PLAN", "LESSON_PLAN", "PRESENTATION", "WORKSHEET",
            "TEST", "METHODICAL_GUIDE", "ARTICLE", "EXTRACURRICULAR"};

    private static final String[] KAZAKH_NOUNS = {"сабақ", "мұғалім", "оқушы", "мектеп", "тапсырма", "бағдарлама",
            "кітап", "әдіс", "тақырып", "жоспар", "сынып", "жұмыс", "сұрақ", "жауап", "мәтін", "сөз", "сурет", "тіл",
            "есеп", "бала", "тәрбие", "пән", "ұстаз", "шығарма", "өлең", "тарих", "зерттеу", "жоба", "бағалау",
            "нәтиже", "мақсат", "міндет", "құрал", "дағды", "қабілет", "тәжірибе", "әдістеме", "жаттығу", "мысал",
            "оқулық", "қала", "ауыл", "табиғат", "өнер", "денсаулық", "отбасы", "еңбек", "уақыт", "ойын", "ереже",
            "сабақтастық", "құзырет", "ғалым", "кезең", "топ", "пікір", "талдау", "шешім", "түсінік", "мазмұн"};
    private static final String[] KAZAKH_WORDS = {"және", "арналған", "бойынша", "туралы", "жаңа", "ашық", "қызықты",
            "маңызды", "түрлі", "барлық", "бірге", "үшін", "оқиды", "жазады", "талқылайды", "орындайды", "дамытады",
            "қалыптастыру", "көрсетеді", "береді", "жүргізіледі", "тиіс", "болады", "керек", "сондай-ақ", "әрбір",
            "негізгі", "белсенді", "шығармашылық", "өз", "бұл", "осы", "кейін", "алдымен", "жеке", "топтық"};
    private static final String[] RUSSIAN_NOUNS = {"урок", "метод", "класс", "учебник", "предмет", "план",
            "проект", "тест", "вопрос", "ответ", "текст", "результат", "семинар", "опыт", "материал", "навык",
            "конкурс", "диалог", "анализ", "задача", "программа", "работа", "школа", "книга", "тема", "оценка",
            "игра", "методика", "олимпиада", "технология", "стратегия", "компетенция", "обучение", "задание",
            "занятие", "упражнение", "развитие", "воспитание", "мышление", "чтение", "решение", "исследование"};
    private static final String[] RUSSIAN_ADJECTIVES = {"открытый", "новый", "современный", "интерактивный",
            "активный", "учебный", "начальный", "школьный", "самостоятельный", "практический", "методический",
            "творческий", "педагогический", "логический", "критический"};
    private static final String[] RUSSIAN_WORDS = {"и", "в", "на", "для", "по", "с", "о", "при", "как", "что",
            "это", "также", "можно", "нужно", "развивает", "формирует", "изучают", "выполняют", "обсуждают",
            "помогает", "позволяет", "является", "учащиеся", "учитель", "каждый", "затем", "после"};
    /** Subject names (Kazakh, Russian) and a few of their terms; the index into this is the SUBJECT id - 1. */
    private static final String[][] SUBJECTS = {
            {"Математика", "Математика", "пропорция", "дискриминант", "теорема", "бөлшек", "теңдеу"},
            {"Алгебра", "Алгебра", "функция", "дискриминант", "квадрат", "теңсіздік"},
            {"Геометрия", "Геометрия", "үшбұрыш", "теорема", "треугольник", "окружность"},
            {"Физика", "Физика", "электролиз", "жылдамдық", "энергия", "сила", "ток"},
            {"Химия", "Химия", "электролиз", "молекула", "реакция", "қышқыл", "валентность"},
            {"Биология", "Биология", "фотосинтез", "жасуша", "эволюция", "клетка", "геном"},
            {"Информатика", "Информатика", "алгоритм", "бағдарламалау", "массив", "цикл"},
            {"География", "География", "материк", "климат", "рельеф", "өзен"},
            {"Қазақ тілі", "Казахский язык", "етістік", "зат есім", "септік", "жалғау"},
            {"Орыс тілі", "Русский язык", "падеж", "глагол", "орфография", "причастие"},
            {"Ағылшын тілі", "Английский язык", "grammar", "vocabulary", "reading", "present perfect"},
            {"Қазақ әдебиеті", "Казахская литература", "Абай", "өлең", "поэма", "эпос"},
            {"Орыс әдебиеті", "Русская литература", "Пушкин", "роман", "поэзия", "Толстой"},
            {"Қазақстан тарихы", "История Казахстана", "хандық", "Абылай", "Кенесары", "қазақ хандығы"},
            {"Дүниежүзі тарихы", "Всемирная история", "революция", "империя", "Рим", "реформа"},
            {"Дене шынықтыру", "Физическая культура", "эстафета", "жүгіру", "волейбол", "разминка"},
            {"Музыка", "Музыка", "домбыра", "күй", "нота", "ритм"},
            {"Көркем еңбек", "Художественный труд", "ою-өрнек", "сурет", "композиция", "орнамент"},
            {"Өзін-өзі тану", "Самопознание", "құндылық", "достық", "мейірім", "ценность"},
            {"Бастауыш сынып", "Начальные классы", "әліппе", "букварь", "санау", "чтение"},
            {"Тәрбие жұмысы", "Воспитательная работа", "сынып сағаты", "классный час", "патриотизм", "тәрбие"},
            {"Құқық негіздері", "Основы права", "конституция", "закон", "құқық", "азамат"},
            {"Экономика", "Экономика", "нарық", "рынок", "бюджет", "салық"},
            {"Психология", "Психология", "мотивация", "стресс", "тұлға", "внимание"},
            {"Кітапхана", "Библиотека", "оқырман", "читатель", "каталог", "кітапхана"}};

    private final Random random;

    BenchmarkCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** The material with this id; call in order of id for a reproducible corpus. */
    SearchDocument material(long id) {
        long school = 1 + random.nextInt(SCHOOLS);
        boolean shared = random.nextInt(3) == 0;
        int subject = random.nextInt(SUBJECTS.length);
        int language = random.nextInt(10); // 0–4 Kazakh, 5–8 Russian, 9 both
        boolean kazakh = language <= 4 || language == 9;
        boolean russian = language >= 5;
        String type = TYPES[random.nextInt(TYPES.length)];
        int grade = 1 + random.nextInt(11);
        Set<String> grades = new TreeSet<>();
        for (int g = grade; g <= Math.min(11, grade + random.nextInt(3)); g++) {
            grades.add(Integer.toString(g));
        }
        Set<String> corners = new TreeSet<>();
        for (int c = random.nextInt(3); c > 0; c--) {
            corners.add(Integer.toString(1 + random.nextInt(15)));
        }
        Map<Facet, Set<String>> facets = new EnumMap<>(Facet.class);
        facets.put(Facet.TYPE, Set.of(type));
        facets.put(Facet.SUBJECT, Set.of(Integer.toString(subject + 1)));
        facets.put(Facet.GRADE, grades);
        facets.put(Facet.LANGUAGE, Set.of(kazakh && !russian ? "KK" : "RU"));
        facets.put(Facet.CORNER, corners);
        facets.put(Facet.ACADEMIC_YEAR, Set.of(Integer.toString(2021 + random.nextInt(5))));

        StringBuilder title = new StringBuilder();
        StringBuilder description = new StringBuilder();
        if (kazakh) {
            title.append(kazakhTitle(subject, grade));
            description.append(kazakhSentence(subject)).append(' ').append(kazakhSentence(subject));
        }
        if (russian) {
            title.append(title.isEmpty() ? "" : "\n").append(russianTitle(subject, grade));
            description.append(description.isEmpty() ? "" : " ")
                    .append(russianSentence(subject)).append(' ').append(russianSentence(subject));
        }
        String body = random.nextInt(8) == 0 ? "" : body(subject, kazakh, russian); // some have no file text
        String keywords = author() + "; " + SUBJECTS[subject][2] + "; " + SUBJECTS[subject][3];
        long sortKey = 1_630_454_400L + random.nextInt(4 * 365 * 24 * 3600); // from 1 September 2021
        return new SearchDocument(DocumentKind.MATERIAL, school, id, shared, title.toString(),
                description.toString(), body, keywords, facets, sortKey);
    }

    private String kazakhTitle(int subject, int grade) {
        String noun = pick(KAZAKH_NOUNS, 12);
        return switch (random.nextInt(4)) {
            case 0 -> SUBJECTS[subject][0] + " пәнінен " + grade + "-сынып оқушыларына арналған ашық сабақ";
            case 1 -> capitalise(KazakhInflection.inflect(noun, random)) + " " + SUBJECTS[subject][2] + " тақырыбы";
            case 2 -> SUBJECTS[subject][0] + ": " + KazakhInflection.plural(noun) + " мен " + pick(KAZAKH_NOUNS, 30);
            default -> grade + "-сынып. " + capitalise(SUBJECTS[subject][2 + random.nextInt(3)]) + " "
                    + KazakhInflection.thirdPerson(pick(KAZAKH_NOUNS, 20));
        };
    }

    private String russianTitle(int subject, int grade) {
        return switch (random.nextInt(4)) {
            case 0 -> "Открытый урок по предмету «" + SUBJECTS[subject][1] + "», " + grade + " класс";
            case 1 -> capitalise(RussianInflection.inflect(pick(RUSSIAN_ADJECTIVES, 15), random)) + " "
                    + RussianInflection.inflect(pick(RUSSIAN_NOUNS, 20), random) + ": " + SUBJECTS[subject][2 + random.nextInt(3)];
            case 2 -> SUBJECTS[subject][1] + ". " + capitalise(pick(RUSSIAN_NOUNS, 30)) + " для " + grade + " класса";
            default -> "Методическая разработка: " + SUBJECTS[subject][2 + random.nextInt(3)];
        };
    }

    private String body(int subject, boolean kazakh, boolean russian) {
        int words = MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS + 1);
        StringBuilder body = new StringBuilder(words * 9);
        int written = 0;
        while (written < words) {
            boolean inKazakh = kazakh && (!russian || random.nextBoolean());
            String sentence = inKazakh ? kazakhSentence(subject) : russianSentence(subject);
            body.append(sentence).append(random.nextInt(6) == 0 ? "\n" : " ");
            written += words(sentence);
        }
        return body.toString().strip();
    }

    private static int words(String sentence) {
        int words = 1;
        for (int i = 0; i < sentence.length(); i++) {
            if (sentence.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }

    private String kazakhSentence(int subject) {
        int length = 6 + random.nextInt(9);
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            String word = kind < 5 ? KazakhInflection.inflect(pick(KAZAKH_NOUNS, KAZAKH_NOUNS.length), random)
                    : kind < 9 ? pick(KAZAKH_WORDS, KAZAKH_WORDS.length)
                    : SUBJECTS[subject][2 + random.nextInt(SUBJECTS[subject].length - 2)];
            sentence.append(i == 0 ? capitalise(word) : " " + word);
        }
        return sentence.append('.').toString();
    }

    private String russianSentence(int subject) {
        int length = 6 + random.nextInt(9);
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            String word = kind < 4 ? RussianInflection.inflect(pick(RUSSIAN_NOUNS, RUSSIAN_NOUNS.length), random)
                    : kind < 6 ? RussianInflection.inflect(pick(RUSSIAN_ADJECTIVES, RUSSIAN_ADJECTIVES.length), random)
                    : kind < 9 ? pick(RUSSIAN_WORDS, RUSSIAN_WORDS.length)
                    : SUBJECTS[subject][2 + random.nextInt(SUBJECTS[subject].length - 2)];
            sentence.append(i == 0 ? capitalise(word) : " " + word);
        }
        return sentence.append('.').toString();
    }

    private String author() {
        String[] surnames = {"Әбдірахманова", "Ахметова", "Иванова", "Сейітқали", "Петренко", "Жұмабаев",
                "Ким", "Нұрланұлы", "Смирнова", "Оспанова"};
        return surnames[random.nextInt(surnames.length)] + " " + (char) ('А' + random.nextInt(20)) + ".";
    }

    /** A word from the first {@code within} of the list, the earlier ones more often. */
    private String pick(String[] words, int within) {
        double r = random.nextDouble();
        return words[(int) (Math.min(within, words.length) * r * r)];
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
