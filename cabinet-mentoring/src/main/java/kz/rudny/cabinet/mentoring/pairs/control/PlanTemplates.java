package kz.rudny.cabinet.mentoring.pairs.control;

import java.util.List;
import kz.rudny.cabinet.mentoring.pairs.boundary.PlanHeading;

/**
 * The usual mentoring plan of a school, in Kazakh and in Russian, as the demo data seeds each school's template:
 * month by month from September to May under the usual headings.
 */
public final class PlanTemplates {

    /** An item of the template: the month (9..12, 1..5), the heading and the text. */
    public record Item(int month, PlanHeading heading, String text) {
    }

    public static final List<Item> KAZAKH = List.of(
            new Item(9, PlanHeading.DOCUMENTS, "Нормативтік құжаттарды, оқу жоспары мен пән бағдарламасын бірге зерделеу"),
            new Item(9, PlanHeading.LESSON_PLANNING, "Ұзақ және қысқа мерзімді жоспарлар құруға көмек, жоспарларды талдау"),
            new Item(10, PlanHeading.LESSON_VISITS, "Жас маманның сабағына қатысу және сабақты бірге талдау"),
            new Item(10, PlanHeading.DOCUMENTS, "Сынып журналын және электрондық журналды жүргізу талаптары"),
            new Item(11, PlanHeading.LESSON_VISITS, "Жас маманның тәлімгер сабағына қатысуы"),
            new Item(11, PlanHeading.LESSON_PLANNING, "Критериалды бағалау: дескрипторлар мен тапсырмалар құрастыру"),
            new Item(12, PlanHeading.EVENTS, "Пән апталығына сыныптан тыс іс-шара дайындау"),
            new Item(12, PlanHeading.SELF_EDUCATION, "Өздігінен білім алу тақырыбын таңдау және жоспарлау"),
            new Item(1, PlanHeading.LESSON_VISITS, "Әріптестердің ашық сабақтарына қатысу"),
            new Item(2, PlanHeading.EVENTS, "Пәндік олимпиадаға оқушыларды дайындау"),
            new Item(3, PlanHeading.LESSON_VISITS, "Жас маманның ашық сабағы, өзін-өзі талдау"),
            new Item(4, PlanHeading.PORTFOLIO, "Жас маманның портфолиосын толықтыру"),
            new Item(5, PlanHeading.SELF_EDUCATION, "Жыл қорытындысы: өздігінен білім алу бойынша есеп, тәлімгердің есебі"));

    public static final List<Item> RUSSIAN = List.of(
            new Item(9, PlanHeading.DOCUMENTS, "Совместное изучение нормативных документов, учебного плана и программы по предмету"),
            new Item(9, PlanHeading.LESSON_PLANNING, "Помощь в составлении долгосрочного и краткосрочных планов, их анализ"),
            new Item(10, PlanHeading.LESSON_VISITS, "Посещение уроков молодого специалиста и совместный анализ"),
            new Item(10, PlanHeading.DOCUMENTS, "Требования к ведению классного и электронного журнала"),
            new Item(11, PlanHeading.LESSON_VISITS, "Посещение молодым специалистом уроков наставника"),
            new Item(11, PlanHeading.LESSON_PLANNING, "Критериальное оценивание: составление дескрипторов и заданий"),
            new Item(12, PlanHeading.EVENTS, "Подготовка внеклассного мероприятия к предметной неделе"),
            new Item(12, PlanHeading.SELF_EDUCATION, "Выбор темы самообразования и её планирование"),
            new Item(1, PlanHeading.LESSON_VISITS, "Посещение открытых уроков коллег"),
            new Item(2, PlanHeading.EVENTS, "Подготовка учащихся к предметной олимпиаде"),
            new Item(3, PlanHeading.LESSON_VISITS, "Открытый урок молодого специалиста, самоанализ"),
            new Item(4, PlanHeading.PORTFOLIO, "Пополнение портфолио молодого специалиста"),
            new Item(5, PlanHeading.SELF_EDUCATION, "Итоги года: отчёт по самообразованию, отчёт наставника"));

    private PlanTemplates() {
    }
}
