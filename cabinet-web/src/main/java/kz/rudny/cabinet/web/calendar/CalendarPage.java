package kz.rudny.cabinet.web.calendar;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.events.calendar.boundary.Calendar;
import kz.rudny.cabinet.events.calendar.boundary.CalendarEntry;
import kz.rudny.cabinet.events.calendar.boundary.EntryKind;
import kz.rudny.cabinet.events.calendar.boundary.FeedLink;
import kz.rudny.cabinet.events.calendar.boundary.FeedLinks;
import kz.rudny.cabinet.web.support.FacesForms;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * The person's calendar: a schedule that loads the visible range only, filtered by kind; the coming entries as a
 * plain list with their .ics; and the private feed's link (made on request, shown once, reset with a new one).
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    /** The coming entries listed under the calendar. */
    static final int UPCOMING_DAYS = 30;

    @Inject
    Calendar calendar;

    @Inject
    FeedLinks feedLinks;

    @Inject
    Settings settings;

    private final List<EntryKind> kinds = List.of(EntryKind.values());
    private List<String> shownKinds = new ArrayList<>(kinds.stream().map(Enum::name).toList());
    private LazyScheduleModel model;
    private List<CalendarEntry> upcoming;
    private LocalDateTime feedActiveSince;
    private FeedLink newLink;
    private boolean wasReset;

    @PostConstruct
    void load() {
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        model = new LazyScheduleModel() {
            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                List<String> shown = shownKinds;
                LocalDate last = end.toLocalDate().minusDays(end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? 1 : 0);
                for (CalendarEntry e : calendar.entries(start.toLocalDate(), last.isBefore(start.toLocalDate())
                        ? start.toLocalDate() : last)) {
                    if (!shown.contains(e.kind().name())) {
                        continue;
                    }
                    addEvent(DefaultScheduleEvent.builder()
                            .id(e.uid())
                            .title(e.title())
                            .startDate(e.isAllDay() ? e.day().atStartOfDay() : e.start())
                            .endDate(e.isAllDay() ? e.day().plusDays(1).atStartOfDay() : e.end())
                            .allDay(e.isAllDay())
                            .description(e.place())
                            .url(e.link() == null ? null : contextPath + e.link())
                            .styleClass("entry-" + e.kind().uidPrefix() + (e.isCancelled() ? " entry-cancelled" : ""))
                            .editable(false)
                            .build());
                }
            }
        };
        LocalDate today = LocalDate.now(settings.timeZone());
        upcoming = calendar.entries(today, today.plusDays(UPCOMING_DAYS));
        feedActiveSince = feedLinks.activeSince().orElse(null);
    }

    /** The first link, or a new one in place of the old (which stops working at once). */
    public void issueLink() {
        boolean reset = feedActiveSince != null;
        if (FacesForms.submit("feed", () -> newLink = feedLinks.issue())) {
            feedActiveSince = feedLinks.activeSince().orElse(null);
            wasReset = reset;
        }
    }

    /** Kinds chosen anew: the schedule reloads its range. */
    public void filter() {
        upcoming = null;
    }

    public List<CalendarEntry> getUpcoming() {
        if (upcoming == null) {
            LocalDate today = LocalDate.now(settings.timeZone());
            upcoming = calendar.entries(today, today.plusDays(UPCOMING_DAYS));
        }
        return upcoming.stream().filter(e -> shownKinds.contains(e.kind().name())).toList();
    }

    /** The download address of one entry's .ics (its UID in the path, encoded). */
    public String icsPath(CalendarEntry entry) {
        return "/feeds/entry/" + URLEncoder.encode(entry.uid(), StandardCharsets.UTF_8) + FeedLink.SUFFIX;
    }

    public ScheduleModel getModel() {
        return model;
    }

    public List<EntryKind> getKinds() {
        return kinds;
    }

    public List<String> getShownKinds() {
        return shownKinds;
    }

    public void setShownKinds(List<String> shownKinds) {
        this.shownKinds = shownKinds == null ? new ArrayList<>() : new ArrayList<>(shownKinds);
    }

    public LocalDateTime getFeedActiveSince() {
        return feedActiveSince;
    }

    /** The link just shown replaced an older one (said beside it, where the person looks). */
    public boolean isWasReset() {
        return wasReset;
    }

    public FeedLink getNewLink() {
        return newLink;
    }

    /** The zone's name for the page (times are the school's). */
    public String getZone() {
        return settings.timeZone().getId();
    }
}
