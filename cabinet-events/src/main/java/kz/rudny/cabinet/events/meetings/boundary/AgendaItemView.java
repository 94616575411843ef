package kz.rudny.cabinet.events.meetings.boundary;

import java.io.Serializable;

/** An agenda item with its part of the minutes (heard, spoke, decided; empty until recorded). */
public record AgendaItemView(long id, int position, String topic, Long speakerStaffId, String speakerName,
                             String heard, String spoke, String decided) implements Serializable {
}
