package kz.rudny.cabinet.library.index.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.rudny.cabinet.library.index.boundary.Facet;

/** One query of the benchmark: a short label for the table, the text as typed and the facet filters. */
record BenchmarkQuery(String label, String text, Map<Facet, Set<String>> filters) {

    static BenchmarkQuery text(String label, String text) {
        return new BenchmarkQuery(label, text, Map.of());
    }

    /** The fixed list: word forms, Russian letters, two words, typos, phrases, filters, blank. */
    static List<BenchmarkQuery> all() {
        return List.of(
                text("kk word", "сабақ"),
                text("kk form", "сабақтарының"),
                text("kk form", "мұғалімдерге"),
                text("kk form", "оқушылар"),
                text("kk form", "бағдарламасы"),
                text("kk form", "тапсырмаларды"),
                text("kk in ru letters", "сабак"),
                text("kk in ru letters", "мугалимдер"),
                text("ru word", "урок"),
                text("ru form", "уроками"),
                text("ru form", "методических"),
                text("ru form", "обучения"),
                text("ru form", "задачи"),
                text("two words kk", "ашық сабақ"),
                text("two words ru", "открытый урок"),
                text("two words mixed", "математика есептер"),
                text("four words", "жаңа әдіс сабақ оқушы"),
                text("typo ru", "методичекий"),
                text("typo ru", "упражннение"),
                text("typo kk", "тапсрма"),
                text("phrase ru", "\"открытый урок\""),
                text("phrase kk", "«ашық сабақ»"),
                text("phrase + word", "\"сынып сағаты\" тәрбие"),
                text("rare term", "фотосинтез"),
                text("two rare terms", "дискриминант теорема"),
                text("rare + common", "фотосинтез сабақ"),
                new BenchmarkQuery("word + type", "урок", Map.of(Facet.TYPE, Set.of("LESSON_PLAN"))),
                new BenchmarkQuery("word + grade", "сабақ", Map.of(Facet.GRADE, Set.of("5"))),
                new BenchmarkQuery("word + 2 facets", "задания",
                        Map.of(Facet.LANGUAGE, Set.of("RU"), Facet.GRADE, Set.of("7", "8"))),
                new BenchmarkQuery("blank + type", "", Map.of(Facet.TYPE, Set.of("LESSON_PLAN"))),
                new BenchmarkQuery("blank + 2 facets", "",
                        Map.of(Facet.SUBJECT, Set.of("3"), Facet.GRADE, Set.of("5"))),
                text("blank", ""));
    }
}
