package kz.rudny.cabinet.events.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.events.activities.boundary.Activities;
import kz.rudny.cabinet.events.activities.boundary.ActivityForm;
import kz.rudny.cabinet.events.activities.boundary.ActivityKind;
import kz.rudny.cabinet.events.activities.boundary.ActivityLevel;
import kz.rudny.cabinet.events.activities.boundary.ActivityMaterials;
import kz.rudny.cabinet.events.activities.boundary.Audience;
import kz.rudny.cabinet.events.activities.boundary.LinkedMaterialKind;
import kz.rudny.cabinet.events.activities.boundary.LinkedMaterialView;
import kz.rudny.cabinet.events.activities.boundary.PresenterForm;
import org.junit.jupiter.api.Test;

/**
 * Library materials linked to an event, on a real server and database (the library itself is the web layer's to
 * ask; here the links): an event open to the town takes only district copies, a school's own event its school's
 * materials too; linked by the organiser or a staff presenter, refused by the field {@code material} for anyone
 * else, twice, or on a cancelled event, nothing stored then; listed to whoever sees the event, "not found" for a
 * school that does not see a school's own event; unlinked by the organiser or whoever linked it.
 */
interface ActivityMaterialsTests {

    String LINKS_ORGANISER = "g3.methodologist";
    String LINKS_PRESENTER = "g3.teacher";
    String LINKS_COLLEAGUE = "g3.t03";
    String LINKS_OTHER_TEACHER = "s12.teacher";
    ZoneId LINKS_ZONE = ZoneId.of("Asia/Qostanay");

    Callers callers();

    TestDatabase db();

    Activities activities();

    ActivityMaterials activityMaterials();

    @Test
    default void anEventLinksLibraryMaterialsThatItsAudienceMayOpen() {
        callers().signIn(LINKS_ORGANISER);
        long open = activities().create(linksForm(Audience.TOWN, "Шеберлік сыныбы: кітапхана материалдары", 61));
        ActivityForm seminar = linksForm(Audience.SCHOOL, "Мектеп семинары: кітапхана материалдары", 62);
        seminar.getPresenters().add(new PresenterForm(db().staffIdOf(LINKS_PRESENTER), null));
        long own = activities().create(seminar);
        activities().publish(open);
        activities().publish(own);
        assertTrue(activityMaterials().takesSchoolMaterials(own));
        assertFalse(activityMaterials().takesSchoolMaterials(open), "an event open to the town: district copies only");

        assertLinkRefused("activity.material.sharedOnly", () -> activityMaterials().link(open,
                LinkedMaterialKind.SCHOOL_MATERIAL, 7, "Мектептің өз материалы"));
        long shared = activityMaterials().link(open, LinkedMaterialKind.DISTRICT_SHARE, 3, "  Функционалдық сауаттылық  ");
        assertLinkRefused("activity.material.already", () -> activityMaterials().link(open,
                LinkedMaterialKind.DISTRICT_SHARE, 3, "Функционалдық сауаттылық"));
        long ownLink = activityMaterials().link(own, LinkedMaterialKind.SCHOOL_MATERIAL, 7, "Бөлшектер: сабақ жоспары");
        List<LinkedMaterialView> links = activityMaterials().of(open);
        assertEquals(1, links.size());
        assertEquals("Функционалдық сауаттылық", links.get(0).title(), "the title is kept trimmed");
        assertEquals(3L, links.get(0).materialRef());
        assertTrue(links.get(0).removable());

        callers().signIn(LINKS_OTHER_TEACHER);
        List<LinkedMaterialView> seen = activityMaterials().of(open);
        assertEquals(List.of(shared), seen.stream().map(LinkedMaterialView::id).toList());
        assertFalse(seen.get(0).removable(), "another school's teacher only reads");
        assertFalse(activityMaterials().mayLink(open));
        assertThrows(NotFoundException.class, () -> activityMaterials().of(own), "another school's own event");
        assertThrows(NotFoundException.class, () -> activityMaterials().link(own, LinkedMaterialKind.DISTRICT_SHARE,
                4, "Бөтен"));
        assertThrows(NotFoundException.class, () -> activityMaterials().unlink(own, ownLink));

        callers().signIn(LINKS_COLLEAGUE);
        assertEquals(1, activityMaterials().of(own).size(), "the school's own people read its own event's links");
        assertLinkRefused("activity.material.notPresenter", () -> activityMaterials().link(own,
                LinkedMaterialKind.SCHOOL_MATERIAL, 8, "Менің материалым"));
        assertLinkRefused("activity.material.notYours", () -> activityMaterials().unlink(own, ownLink));

        callers().signIn(LINKS_PRESENTER);
        assertTrue(activityMaterials().mayLink(own), "a presenter of the school's staff links");
        long presenters = activityMaterials().link(own, LinkedMaterialKind.DISTRICT_SHARE, 3, "Функционалдық сауаттылық");
        activityMaterials().unlink(own, presenters);
        assertEquals(1, db().number("SELECT COUNT(*) FROM ACTIVITY_MATERIAL WHERE ACTIVITY_ID = ?", own),
                "nothing stored for the refused, the presenter's own link removed");

        callers().signIn(LINKS_ORGANISER);
        activities().cancel(own, "Мұғалімдер курста");
        assertLinkRefused("activity.material.cancelled", () -> activityMaterials().link(own,
                LinkedMaterialKind.DISTRICT_SHARE, 5, "Кеш"));
        activityMaterials().unlink(open, shared);
        assertEquals(List.of(), activityMaterials().of(open));
        assertThrows(NotFoundException.class, () -> activityMaterials().unlink(open, shared));
    }

    private static ActivityForm linksForm(Audience audience, String titleKk, int daysAhead) {
        ActivityForm f = new ActivityForm();
        f.setKind(audience == Audience.SCHOOL ? ActivityKind.SEMINAR : ActivityKind.MASTER_CLASS);
        f.setLevel(audience == Audience.SCHOOL ? ActivityLevel.SCHOOL : ActivityLevel.TOWN);
        f.setAudience(audience);
        f.setTitleKk(titleKk);
        LocalDateTime start = LocalDate.now(LINKS_ZONE).plusDays(daysAhead).atTime(14, 0);
        f.setStartsAt(start);
        f.setEndsAt(start.plusHours(2));
        f.setPlace("Кітапхана оқу залы");
        f.setCapacity(25);
        f.setRegistrationOpensAt(LocalDateTime.now(LINKS_ZONE).minusHours(1));
        f.setRegistrationClosesAt(start);
        return f;
    }

    private static void assertLinkRefused(String key, Runnable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
        assertEquals("material", e.problems().get(0).field(), e.problems().toString());
        assertEquals(key, e.problems().get(0).messageKey());
    }
}
