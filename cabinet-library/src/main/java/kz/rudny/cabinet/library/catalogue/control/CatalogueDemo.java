package kz.rudny.cabinet.library.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import kz.rudny.cabinet.domain.people.boundary.StaffCard;
import kz.rudny.cabinet.domain.platform.boundary.DemoSchoolLoaded;
import kz.rudny.cabinet.domain.platform.boundary.Settings;
import kz.rudny.cabinet.domain.spreadsheet.SheetFileException;
import kz.rudny.cabinet.library.catalogue.boundary.TitleForm;
import kz.rudny.cabinet.library.catalogue.entity.CatalogueCopy;
import kz.rudny.cabinet.library.catalogue.entity.CatalogueTitle;
import kz.rudny.cabinet.library.catalogue.entity.Loan;
import kz.rudny.cabinet.library.catalogue.entity.Reservation;

/**
 * The catalogue part of the demo data: every demo school's cabinet library gets the holdings of
 * {@value #CATALOGUE} (32 titles, 57 copies: methodical guidelines, literature, reference books, dictionaries,
 * scientific-methodical publications and periodicals in Kazakh and Russian), read by the catalogue import's own
 * reader, so ISBN checksums, types and languages are checked as an imported file's are. Then a few copies go on
 * loan, one long overdue, and the only copy of one title is out with a colleague queueing for it. Runs inside the
 * school's demo transaction, which the demo data set opens only for an empty database: loaded once.
 */
@ApplicationScoped
public class CatalogueDemo {

    static final String CATALOGUE = "/kz/rudny/cabinet/library/catalogue/demo-catalogue.csv";

    @Inject
    Holdings holdings;

    @Inject
    CatalogueIndexer indexer;

    @Inject
    Settings settings;

    void schoolLoaded(@Observes DemoSchoolLoaded school) {
        Map<String, CatalogueTitle> titles = catalogue(school.subjectIds());
        LocalDate today = LocalDate.now(settings.timeZone());
        lend(titles, "Қазақ тілінің орфографиялық сөздігі", school.staff().get("teacher"), today.minusDays(10));
        lend(titles, "Формативное оценивание на уроках математики", school.staff().get("young"), today.minusDays(20));
        lend(titles, "Педагогическая психология", school.staff().get("t02"), today.minusDays(3));
        lend(titles, "Толковый словарь русского языка", school.staff().get("mentor"), today.minusDays(40)); // overdue
        CatalogueTitle onlyCopy = lend(titles, "Lesson Study: исследование урока. Методическое пособие",
                school.staff().get("head"), today.minusDays(5));
        StaffCard waiting = school.staff().get("young2");
        holdings.data().persist(new Reservation(onlyCopy, waiting.staffId(), waiting.fullName(),
                LocalDateTime.now(ZoneOffset.UTC).minusDays(2)));
        holdings.data().flush();
    }

    /** Creates every title of the demo file with its copies and indexes it; by title. */
    private Map<String, CatalogueTitle> catalogue(Map<String, Long> subjectIds) {
        ImportResult sheet = read();
        if (!sheet.isClean()) {
            throw new IllegalStateException("The demo catalogue has refused rows: " + sheet.refusals());
        }
        EntityManager data = holdings.data();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        Map<String, CatalogueTitle> titles = new HashMap<>();
        for (ImportedTitle row : sheet.taken()) {
            TitleForm f = row.title();
            CatalogueTitle title = new CatalogueTitle(now);
            title.describe(f.getTitle(), f.getAuthors(), f.getPublisher(), f.getPublicationYear(), f.getIsbn(),
                    f.getLanguage(), f.getType(), row.subjectCode() == null ? null : subjectIds.get(row.subjectCode()),
                    f.getGradeFrom(), f.getGradeTo(), f.getShelfPlace(), f.getAnnotation());
            data.persist(title);
            for (String number : row.inventoryNumbers()) {
                data.persist(new CatalogueCopy(title, number)); // joins the title's copies
            }
            data.flush();
            indexer.put(title);
            titles.put(title.getTitle(), title);
        }
        return titles;
    }

    /** Lends the title's first copy on the given day, due as the loan desk would set it. */
    private CatalogueTitle lend(Map<String, CatalogueTitle> titles, String name, StaffCard borrower, LocalDate issued) {
        CatalogueTitle title = titles.get(name);
        CatalogueCopy copy = title.getCopies().get(0);
        holdings.data().persist(new Loan(copy, borrower.staffId(), borrower.fullName(),
                issued.atTime(10, 0).atZone(settings.timeZone()).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime(),
                LoanRules.dueDate(issued)));
        holdings.data().flush();
        return title;
    }

    private static ImportResult read() {
        try (InputStream in = CatalogueDemo.class.getResourceAsStream(CATALOGUE)) {
            return CatalogueSheet.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SheetFileException e) {
            throw new IllegalStateException("The demo catalogue cannot be read: " + e.messageKey(), e);
        }
    }
}
