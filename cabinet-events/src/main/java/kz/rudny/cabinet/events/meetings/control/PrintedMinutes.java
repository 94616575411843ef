package kz.rudny.cabinet.events.meetings.control;

import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.PaperDates;
import kz.rudny.cabinet.events.meetings.boundary.AgendaItemView;
import kz.rudny.cabinet.events.meetings.boundary.DecisionView;
import kz.rudny.cabinet.events.meetings.boundary.MeetingView;
import kz.rudny.cabinet.events.meetings.boundary.MinutesView;
import kz.rudny.cabinet.events.meetings.boundary.Presence;

/**
 * The paper protocol's parts in order, as lines of text in one language, for both printed forms (PDF, DOCX):
 * the school and title, the header (date, place, chair, secretary, present, absent, invited), the agenda, the
 * earlier decisions, each item's heard / spoke / decided, the decisions table, addenda and the signature lines.
 */
public final class PrintedMinutes {

    /** A line of the header or the body; {@code strong} for headings. */
    public record Line(String text, boolean strong) {
    }

    final String schoolName;
    final String title;
    final String subtitle;
    final String draftMark;
    final List<String> header = new ArrayList<>();
    final String agendaHeading;
    final List<String> agenda = new ArrayList<>();
    final String earlierHeading;
    final List<String> earlier = new ArrayList<>();
    final List<Line> body = new ArrayList<>();
    final String decisionsHeading;
    final String[] columns;
    final List<String[]> decisions = new ArrayList<>();
    final String addendaHeading;
    final List<String> addenda = new ArrayList<>();
    final List<String> signatures = new ArrayList<>();

    PrintedMinutes(MinutesView v, String schoolName, MinutesWords w) {
        MeetingView m = v.meeting();
        this.schoolName = schoolName;
        this.title = w.text("title", m.protocolNo() == null ? "—" : m.protocolNo());
        this.subtitle = w.text("meeting", m.associationName());
        this.draftMark = m.isFinal() ? null : w.text("draft");
        header.add(w.text("date", m.startsAt().format(PaperDates.DAY), m.startsAt().format(MinutesWords.TIME),
                m.endsAt().format(MinutesWords.TIME)));
        if (m.place() != null) {
            header.add(w.text("place", m.place()));
        }
        header.add(w.text("chair", nonNull(v.chairName())));
        header.add(w.text("secretary", nonNull(v.secretaryName())));
        header.add(w.text("present", v.presentCount(), String.join(", ", v.present().stream()
                .map(MinutesView.AttendanceView::name).toList())));
        List<String> absent = v.absent().stream().map(a -> a.presence() == Presence.EXCUSED
                ? a.name() + " (" + w.text("excused", nonNull(a.reason())) + ")" : a.name()).toList();
        header.add(absent.isEmpty() ? w.text("absentNone") : w.text("absent", String.join(", ", absent)));
        if (v.guests() != null) {
            header.add(w.text("guests", v.guests()));
        }
        this.agendaHeading = w.text("agenda");
        for (AgendaItemView i : m.agenda()) {
            agenda.add(i.position() + ". " + i.topic() + " (" + w.text("speaker", i.speakerName()) + ")");
        }
        this.earlierHeading = w.text("earlier");
        v.earlierDecisions().forEach(d -> earlier.add(w.earlier(d)));
        for (AgendaItemView i : m.agenda()) {
            body.add(new Line(i.position() + ". " + i.topic(), true));
            body.add(new Line(w.text("heard") + " " + nonNull(i.heard()), false));
            body.add(new Line(w.text("spoke") + " " + nonNull(i.spoke()), false));
            body.add(new Line(w.text("decided") + " " + nonNull(i.decided()), false));
        }
        this.decisionsHeading = w.text("decisions");
        this.columns = new String[] {w.text("col.number"), w.text("col.text"), w.text("col.owner"), w.text("col.due")};
        for (DecisionView d : v.decisions()) {
            decisions.add(new String[] {String.valueOf(d.number()), d.text(), d.ownerName(),
                    d.dueOn().format(PaperDates.DAY)});
        }
        this.addendaHeading = w.text("addenda");
        v.addenda().forEach(a -> addenda.add(w.text("addendum", a.number(), a.text(), a.addedByName(),
                a.addedAt().toLocalDate().format(PaperDates.DAY))));
        signatures.add(w.text("signChair", nonNull(v.chairName())));
        signatures.add(w.text("signSecretary", nonNull(v.secretaryName())));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
