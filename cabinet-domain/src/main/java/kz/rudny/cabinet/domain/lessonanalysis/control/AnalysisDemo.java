package kz.rudny.cabinet.domain.lessonanalysis.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.AnalysisTemplatesLoaded;
import kz.rudny.cabinet.domain.lessonanalysis.boundary.TemplateView;
import kz.rudny.cabinet.domain.lessonanalysis.entity.AnalysisTemplate;
import kz.rudny.cabinet.domain.platform.boundary.DemoSchoolLoaded;

/**
 * The templates' part of the demo data: every school gets the usual lesson-analysis scheme (goals, structure and
 * timing, methods, pupils' activity, criteria-based assessment, differentiation, conclusions) once in Kazakh and
 * once in Russian; then {@link AnalysisTemplatesLoaded} tells the modules that fill analyses.
 */
@ApplicationScoped
public class AnalysisDemo {

    static final String KAZAKH_NAME = "Сабақты талдау үлгісі";
    static final String RUSSIAN_NAME = "Схема анализа урока";

    static final List<TemplateView.Section> KAZAKH = List.of(
            new TemplateView.Section("Сабақтың мақсаттары және олардың орындалуы", List.of(
                    "Оқу мақсаттары оқу бағдарламасына сәйкес және оқушыларға түсінікті айтылды",
                    "Сабақ мақсаттары нақты, өлшенетін, оқушылардың деңгейіне сай",
                    "Сабақ соңында мақсаттарға қол жеткізу деңгейі анықталды")),
            new TemplateView.Section("Сабақтың құрылымы және уақытты бөлу", List.of(
                    "Сабақ кезеңдері логикалық тұрғыда байланысқан",
                    "Әр кезеңге уақыт тиімді бөлінді",
                    "Сабақ уақытында басталып, уақытында аяқталды")),
            new TemplateView.Section("Оқыту әдістері мен жұмыс түрлері", List.of(
                    "Әдістер сабақ мақсатына сай таңдалды",
                    "Жеке, жұптық және топтық жұмыс үйлесімді қолданылды",
                    "АКТ және көрнекі құралдар орынды пайдаланылды")),
            new TemplateView.Section("Оқушылардың белсенділігі және кері байланыс", List.of(
                    "Оқушылардың көпшілігі сабаққа белсенді қатысты",
                    "Мұғалім сұрақтары ойлауды дамытуға бағытталды",
                    "Сабақ соңында кері байланыс алынды")),
            new TemplateView.Section("Критериалды бағалау", List.of(
                    "Бағалау критерийлері мен дескрипторлар оқушыларға алдын ала таныстырылды",
                    "Қалыптастырушы бағалау сабақ барысында жүйелі жүргізілді",
                    "Өзін-өзі бағалау және өзара бағалау қолданылды")),
            new TemplateView.Section("Саралап оқыту", List.of(
                    "Тапсырмалар оқушылардың қабілетіне қарай сараланды",
                    "Қолдауды қажет ететін оқушыларға көмек көрсетілді",
                    "Қабілетті оқушыларға күрделі тапсырмалар берілді")),
            new TemplateView.Section("Қорытынды", List.of(
                    "Сабақтың күшті жақтары",
                    "Жетілдіруді қажет ететін тұстар")));

    static final List<TemplateView.Section> RUSSIAN = List.of(
            new TemplateView.Section("Цели урока и их достижение", List.of(
                    "Цели обучения соответствуют учебной программе и понятны ученикам",
                    "Цели урока конкретны, измеримы и соответствуют уровню класса",
                    "В конце урока определена степень достижения целей")),
            new TemplateView.Section("Структура урока и распределение времени", List.of(
                    "Этапы урока логически связаны",
                    "Время на каждый этап распределено рационально",
                    "Урок начат и закончен вовремя")),
            new TemplateView.Section("Методы и формы работы", List.of(
                    "Методы выбраны в соответствии с целью урока",
                    "Сочетаются индивидуальная, парная и групповая работа",
                    "ИКТ и наглядность использованы уместно")),
            new TemplateView.Section("Активность учащихся и обратная связь", List.of(
                    "Большинство учеников активно работали на уроке",
                    "Вопросы учителя развивают мышление",
                    "В конце урока получена обратная связь")),
            new TemplateView.Section("Критериальное оценивание", List.of(
                    "Критерии оценивания и дескрипторы заранее доведены до учеников",
                    "Формативное оценивание проводилось на протяжении урока",
                    "Использованы самооценивание и взаимооценивание")),
            new TemplateView.Section("Дифференциация", List.of(
                    "Задания дифференцированы с учётом возможностей учеников",
                    "Ученикам, нуждающимся в поддержке, оказана помощь",
                    "Способным ученикам предложены задания повышенной сложности")),
            new TemplateView.Section("Выводы", List.of(
                    "Сильные стороны урока",
                    "Что следует улучшить")));

    @Inject
    TemplateRecords records;

    @Inject
    Event<AnalysisTemplatesLoaded> loaded;

    void schoolLoaded(@Observes DemoSchoolLoaded school) {
        TemplateView kk = create(KAZAKH_NAME, "kk", KAZAKH);
        TemplateView ru = create(RUSSIAN_NAME, "ru", RUSSIAN);
        loaded.fire(new AnalysisTemplatesLoaded(school, List.of(kk, ru)));
    }

    private TemplateView create(String name, String language, List<TemplateView.Section> sections) {
        AnalysisTemplate t = records.create(name, language);
        records.replaceItems(t, sections);
        return TemplateRecords.view(t);
    }
}
