package kz.rudny.cabinet.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.rudny.cabinet.domain.calendar.PaperDates;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.WorkItem;

/**
 * A teacher's recorded work as forms offer it (a self-education outcome or a piece of evidence naming one of their
 * events, materials, meetings) and the page each link opens; the page itself decides what the reader may see.
 */
@Named
@ApplicationScoped
public class WorkLinks {

    /** One offered item: its record's id and "dd.MM.yyyy — title". */
    public record Choice(long ref, String label) implements Serializable {
    }

    public static List<Choice> choices(List<WorkItem> items, Language language) {
        return items.stream().map(i -> new Choice(i.ref(), i.day().format(PaperDates.DAY) + " — " + i.title(language)))
                .toList();
    }

    /** The page of a linked record ("EVENT", "MATERIAL", "MEETING"), from the context root; null for none. */
    public String page(Object link, Long ref) {
        if (link == null || ref == null) {
            return null;
        }
        return switch (link.toString()) {
            case "EVENT" -> "/events/activity.xhtml?id=" + ref;
            case "MATERIAL" -> "/library/material.xhtml?id=" + ref;
            case "MEETING" -> "/events/meeting.xhtml?id=" + ref;
            default -> null;
        };
    }
}
