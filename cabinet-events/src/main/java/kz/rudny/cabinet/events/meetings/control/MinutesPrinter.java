package kz.rudny.cabinet.events.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import kz.rudny.cabinet.domain.calendar.PaperDates;
import kz.rudny.cabinet.domain.export.DocumentFormat;
import kz.rudny.cabinet.domain.export.ExportedFile;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.events.meetings.boundary.MinutesView;

/** Prints minutes as PDF or DOCX in Kazakh, Russian or English, named after the association and the number. */
@ApplicationScoped
public class MinutesPrinter {

    public ExportedFile print(MinutesView minutes, String schoolName, Language language, DocumentFormat format) {
        PrintedMinutes printed = new PrintedMinutes(minutes, schoolName, MinutesWords.in(language));
        byte[] bytes = switch (format) {
            case PDF -> MinutesPdf.write(printed, language);
            case DOCX -> MinutesDocx.write(printed, language);
            default -> throw new IllegalArgumentException("Minutes are printed as PDF or DOCX, not " + format);
        };
        Integer number = minutes.meeting().protocolNo();
        String name = minutes.meeting().associationName() + " — " + (number == null ? "" : "№ " + number + " ")
                + minutes.meeting().startsAt().toLocalDate().format(PaperDates.DAY);
        return new ExportedFile(name, format, bytes);
    }
}
