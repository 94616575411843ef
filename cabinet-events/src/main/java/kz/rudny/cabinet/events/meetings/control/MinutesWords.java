package kz.rudny.cabinet.events.meetings.control;

import java.time.format.DateTimeFormatter;
import kz.rudny.cabinet.domain.calendar.PaperDates;
import kz.rudny.cabinet.domain.export.ExportTexts;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.events.meetings.boundary.DecisionView;

/**
 * The words of printed minutes in one language ({@code minutes-export*.properties} beside this class; English is
 * the base file, never the server's own language), as the paper protocol has them: "№ 3 ХАТТАМА", "СЛУШАЛИ:".
 */
final class MinutesWords {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ExportTexts texts;

    private MinutesWords(Language language) {
        this.texts = ExportTexts.of("kz.rudny.cabinet.events.meetings.control.minutes-export", language,
                MinutesWords.class.getClassLoader());
    }

    static MinutesWords in(Language language) {
        return new MinutesWords(language);
    }

    String text(String key, Object... args) {
        return texts.text(key, args);
    }

    String state(DecisionView d) {
        return text(d.isDone() ? "state.done" : d.overdue() ? "state.overdue" : "state.open");
    }

    String earlier(DecisionView d) {
        return text("earlierItem", d.protocolNo(), d.number(), d.text(), d.ownerName(), d.dueOn().format(PaperDates.DAY), state(d));
    }
}
