package kz.rudny.cabinet.events.plan.control;

import kz.rudny.cabinet.domain.calendar.PaperDates;
import kz.rudny.cabinet.domain.export.ExportTexts;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.events.plan.boundary.Fulfilment;
import kz.rudny.cabinet.events.plan.boundary.PlanItemView;
import kz.rudny.cabinet.events.plan.boundary.PlanTerm;
import kz.rudny.cabinet.events.plan.boundary.PlanView;

/**
 * The words of an exported plan in one language ({@code plan-export*.properties} beside this class; English is
 * the base file, never the server's own language). Terms read as on paper: "Қараша 2026", "II четверть".
 */
final class PlanWords {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private final ExportTexts texts;

    private PlanWords(Language language) {
        this.texts = ExportTexts.of("kz.rudny.cabinet.events.plan.control.plan-export", language,
                PlanWords.class.getClassLoader());
    }

    static PlanWords in(Language language) {
        return new PlanWords(language);
    }

    String text(String key, Object... args) {
        return texts.text(key, args);
    }

    String title(PlanView plan) {
        return text("title", plan.year().toString());
    }

    String term(PlanTerm term) {
        if (term == null) {
            return "";
        }
        return term.isQuarter() ? text("term.quarter", ROMAN[term.quarterTerm().ordinal()])
                : text("month." + term.month().getMonthValue()) + " " + term.month().getYear();
    }

    String kind(PlanItemView item) {
        return text("kind." + item.kind().name());
    }

    /** The mark of execution as written in the plan's last column. */
    String mark(PlanItemView item) {
        String reason = item.reason() == null ? "" : item.reason();
        String mark = switch (item.mark()) {
            case PLANNED -> "";
            case HELD -> text("mark.HELD", item.heldOn() == null ? "" : PaperDates.DAY.format(item.heldOn()));
            case MOVED -> text("mark.MOVED", term(item.movedFrom()), reason);
            case CANCELLED -> text("mark.CANCELLED", reason);
        };
        if (item.overdue()) {
            mark = mark.isEmpty() ? text("mark.overdue") : mark + "; " + text("mark.overdue");
        }
        return mark.strip();
    }

    String fulfilment(PlanView plan) {
        Fulfilment f = plan.total();
        String percent = f.percent().map(p -> p + "%").orElse(text("fulfilment.none"));
        return text("fulfilment", PaperDates.DAY.format(plan.today()), String.valueOf(f.held()), String.valueOf(f.due()), percent,
                String.valueOf(f.overdue()), String.valueOf(f.cancelled()));
    }

    String quarter(int number) {
        return text("quarter." + number);
    }
}
