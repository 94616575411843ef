package kz.rudny.cabinet.web.rooms;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.events.rooms.boundary.BookingForm;
import kz.rudny.cabinet.events.rooms.boundary.BookingView;
import kz.rudny.cabinet.events.rooms.boundary.RoomBookings;
import kz.rudny.cabinet.events.rooms.boundary.RoomView;
import kz.rudny.cabinet.events.rooms.boundary.Rooms;
import kz.rudny.cabinet.web.support.FacesForms;

/** A room's week (Monday to Sunday) with its bookings, the form to book a slot, and cancelling. */
@Named
@ViewScoped
public class RoomWeekPage implements Serializable {

    /** One day of the week with its bookings, in time order. */
    public record Day(LocalDate date, List<BookingView> bookings) implements Serializable {
    }

    @Inject
    Rooms rooms;

    @Inject
    RoomBookings bookings;

    @Inject
    Settings settings;

    private List<RoomView> roomList;
    private Long roomId;
    private LocalDate monday;
    private List<Day> days;
    private BookingForm form = new BookingForm();

    @PostConstruct
    void load() {
        roomList = rooms.all();
        roomId = roomList.isEmpty() ? null : roomList.get(0).id();
        LocalDate today = LocalDate.now(settings.timeZone());
        monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        form.setRoomId(roomId);
        form.setDate(today);
        form.setStart(LocalTime.of(15, 0));
        form.setEnd(LocalTime.of(16, 0));
        show();
    }

    /** Reads the chosen room's week again. */
    public void show() {
        days = new ArrayList<>();
        List<BookingView> week = roomId == null ? List.of() : bookings.week(roomId, monday);
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            days.add(new Day(date, week.stream().filter(b -> b.startsAt().toLocalDate().equals(date)).toList()));
        }
    }

    public void previousWeek() {
        monday = monday.minusWeeks(1);
        show();
    }

    public void nextWeek() {
        monday = monday.plusWeeks(1);
        show();
    }

    public void roomChosen() {
        form.setRoomId(roomId);
        show();
    }

    public void book() {
        if (FacesForms.submit("booking", () -> bookings.book(form))) {
            FacesForms.info("booking.done");
            roomId = form.getRoomId();
            monday = form.getDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            form.setPurpose(null);
            show();
        }
    }

    public void cancel(long bookingId) {
        if (FacesForms.submit("week", () -> bookings.cancel(bookingId))) {
            FacesForms.info("booking.cancelled");
        }
        show();
    }

    public List<RoomView> getRoomList() {
        return roomList;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public LocalDate getMonday() {
        return monday;
    }

    public LocalDate getSunday() {
        return monday.plusDays(6);
    }

    public List<Day> getDays() {
        return days;
    }

    public BookingForm getForm() {
        return form;
    }
}
