package kz.rudny.cabinet.events.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.files.boundary.IncomingFile;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.events.activities.boundary.Activities;
import kz.rudny.cabinet.events.activities.boundary.ActivityFileView;
import kz.rudny.cabinet.events.activities.boundary.ActivityFiles;
import kz.rudny.cabinet.events.activities.boundary.ActivityForm;
import kz.rudny.cabinet.events.activities.boundary.ActivityKind;
import kz.rudny.cabinet.events.activities.boundary.ActivityLevel;
import kz.rudny.cabinet.events.activities.boundary.Audience;
import kz.rudny.cabinet.events.activities.boundary.PresenterForm;
import org.junit.jupiter.api.Test;

/**
 * The materials of an event on a real server and database: attached by the organiser, read and downloaded by
 * another school's teacher who sees the open event, "not found" for a school that does not see a school's own
 * event; refused by the field for a person who neither organises nor presents and for an empty file, nothing
 * stored then; a presenter of the school's staff attaches too; removed by whoever attached it.
 */
interface ActivityFilesTests {

    String FILES_ORGANISER = "s12.methodologist";
    String FILES_COLLEAGUE = "s12.teacher";
    String FILES_OTHER_TEACHER = "g3.teacher";
    String FILES_THIRD_TEACHER = "s7.teacher";
    ZoneId FILES_ZONE = ZoneId.of("Asia/Qostanay");

    Callers callers();

    TestDatabase db();

    Activities activities();

    ActivityFiles activityFiles();

    @Test
    default void anEventsFilesAreAttachedByItsOrganiserAndReadByWhoeverSeesTheEvent() throws Exception {
        callers().signIn(FILES_ORGANISER);
        long open = activities().create(filesForm(Audience.TOWN, "Мастер-класс: файлы к занятию", 52));
        ActivityForm council = filesForm(Audience.SCHOOL, "Педсовет: материалы", 53);
        council.getPresenters().add(new PresenterForm(db().staffIdOf(FILES_COLLEAGUE), null));
        long own = activities().create(council);
        activities().publish(open);
        activities().publish(own);
        long fileId = activityFiles().attach(open, new IncomingFile("Презентация мастер-класса.pdf",
                new ByteArrayInputStream(filesPdf())));
        long ownFile = activityFiles().attach(own, new IncomingFile("Повестка.pdf",
                new ByteArrayInputStream(filesPdf())));
        assertFileRefused("file.empty", () -> activityFiles().attach(open,
                new IncomingFile("empty.pdf", new ByteArrayInputStream(new byte[0]))));
        List<ActivityFileView> mine = activityFiles().of(open);
        assertEquals(1, mine.size(), "only the document is kept");
        assertTrue(mine.get(0).removable());

        callers().signIn(FILES_OTHER_TEACHER);
        List<ActivityFileView> seen = activityFiles().of(open);
        assertEquals("Презентация мастер-класса.pdf", seen.get(0).name());
        assertFalse(seen.get(0).removable(), "another school's teacher only reads");
        assertTrue(Files.size(activityFiles().download(open, fileId).path()) > 0);
        assertThrows(NotFoundException.class, () -> activityFiles().download(open, ownFile), "not this event's file");

        callers().signIn(FILES_THIRD_TEACHER);
        assertThrows(NotFoundException.class, () -> activityFiles().of(own), "another school's own event");
        assertThrows(NotFoundException.class, () -> activityFiles().download(own, ownFile));

        callers().signIn(FILES_COLLEAGUE);
        assertEquals(1, activityFiles().of(own).size(), "the school's own people read its own event's files");
        assertTrue(activityFiles().mayAttach(own), "a presenter attaches");
        long handout = activityFiles().attach(own, new IncomingFile("Раздаточный материал.pdf",
                new ByteArrayInputStream(filesPdf())));
        activityFiles().remove(own, handout);
        assertFalse(activityFiles().mayAttach(open));
        assertFileRefused("activity.file.notPresenter", () -> activityFiles().attach(open,
                new IncomingFile("Мой доклад.pdf", new ByteArrayInputStream(filesPdf()))));
        assertFileRefused("activity.file.notYours", () -> activityFiles().remove(open, fileId));
        assertEquals(1, db().number("SELECT COUNT(*) FROM ACTIVITY_FILE WHERE ACTIVITY_ID = ?", open),
                "nothing stored for the refused");

        callers().signIn(FILES_ORGANISER);
        activityFiles().remove(open, fileId);
        assertEquals(List.of(), activityFiles().of(open));
        assertThrows(NotFoundException.class, () -> activityFiles().download(open, fileId));
    }

    private static ActivityForm filesForm(Audience audience, String titleRu, int daysAhead) {
        ActivityForm f = new ActivityForm();
        f.setKind(audience == Audience.SCHOOL ? ActivityKind.PEDAGOGICAL_COUNCIL : ActivityKind.MASTER_CLASS);
        f.setLevel(audience == Audience.SCHOOL ? ActivityLevel.SCHOOL : ActivityLevel.TOWN);
        f.setAudience(audience);
        f.setTitleRu(titleRu);
        f.setDescription("Для учителей-предметников.");
        LocalDateTime start = LocalDate.now(FILES_ZONE).plusDays(daysAhead).atTime(15, 0);
        f.setStartsAt(start);
        f.setEndsAt(start.plusHours(2));
        f.setPlace("Актовый зал");
        f.setCapacity(20);
        f.setRegistrationOpensAt(LocalDateTime.now(FILES_ZONE).minusHours(1));
        f.setRegistrationClosesAt(start);
        return f;
    }

    private static void assertFileRefused(String key, Runnable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action::run);
        assertEquals("file", e.problems().get(0).field(), e.problems().toString());
        assertEquals(key, e.problems().get(0).messageKey());
    }

    private static byte[] filesPdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        com.lowagie.text.Document doc = new com.lowagie.text.Document();
        com.lowagie.text.pdf.PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new com.lowagie.text.Paragraph("Master class"));
        doc.close();
        return out.toByteArray();
    }
}
