package kz.rudny.cabinet.library.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import kz.rudny.cabinet.domain.errors.ChangedSinceOpenedException;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.library.catalogue.boundary.Catalogue;
import kz.rudny.cabinet.library.catalogue.boundary.HoldingType;
import kz.rudny.cabinet.library.catalogue.boundary.TitleForm;
import kz.rudny.cabinet.library.corners.boundary.CornerItemView;
import kz.rudny.cabinet.library.corners.boundary.CornerView;
import kz.rudny.cabinet.library.corners.boundary.Corners;
import kz.rudny.cabinet.library.corners.boundary.SeedCorner;
import kz.rudny.cabinet.domain.it.support.Callers;
import kz.rudny.cabinet.library.it.support.Uploads;
import kz.rudny.cabinet.library.it.support.Workflow;
import kz.rudny.cabinet.library.materials.boundary.MaterialForm;
import kz.rudny.cabinet.library.materials.boundary.MaterialAuthoring;
import org.junit.jupiter.api.Test;

/**
 * Two people edit the same record of the library: both open it, the first saves, the second save is refused
 * with {@link ChangedSinceOpenedException} and the database keeps the first save. People of the gymnasium №3.
 *
 * <p>Run in the container by {@link LibrarySuiteIT}, which implements this interface and hands it the beans through
 * the accessor methods below.
 */
interface LibraryTwoEditorsTests {

    static final String METHODOLOGIST = "g3.methodologist";
    static final String AUTHOR = "g3.teacher";

    Callers callers();

    Workflow workflow();

    Catalogue catalogue();

    MaterialAuthoring authoring();

    Corners corners();

    TestDatabase db();

    @Test
    default void theSecondSaveOfACatalogueTitleIsRefusedAndTheFirstOneStays() {
        callers().signIn(METHODOLOGIST);
        TitleForm created = new TitleForm();
        created.setTitle("Сөздік: екі редактор");
        created.setType(HoldingType.DICTIONARY);
        long id = catalogue().create(created, List.of("TE-1"));
        TitleForm mine = catalogue().form(id);
        TitleForm theirs = catalogue().form(id);

        theirs.setShelfPlace("3-сөре");
        catalogue().update(id, theirs);
        List<List<Object>> afterTheirs = title(id);
        long audit = auditEntries();

        mine.setTitle("Сөздік: менің атауым");
        assertThrows(ChangedSinceOpenedException.class, () -> catalogue().update(id, mine));
        assertEquals(afterTheirs, title(id));
        assertEquals(List.of("Сөздік: екі редактор", "3-сөре"), afterTheirs.get(0).subList(0, 2));
        assertEquals(audit, auditEntries());
        assertEquals("Сөздік: менің атауым", mine.getTitle(), "the refused form keeps what was typed");
    }

    @Test
    default void theAuthorsSecondTabCannotOverwriteTheFirstOnesSave() {
        long id = workflow().draft(AUTHOR, Workflow.form("Екі қойынды", null, Language.KK, null), "a.docx",
                Uploads.docx("Мазмұны"));
        MaterialForm firstTab = authoring().form(id);
        MaterialForm secondTab = authoring().form(id);

        firstTab.setDescription("Бірінші қойындыда жазылды");
        authoring().update(id, firstTab);
        List<List<Object>> afterFirst = material(id);
        long steps = workflow().steps(id);

        secondTab.setTitleKk("Екінші қойынды");
        assertThrows(ChangedSinceOpenedException.class, () -> authoring().update(id, secondTab));
        assertEquals(afterFirst, material(id));
        assertEquals("Екі қойынды", afterFirst.get(0).get(0));
        assertEquals("Бірінші қойындыда жазылды", afterFirst.get(0).get(1));
        assertEquals(steps, workflow().steps(id));
    }

    @Test
    default void aCornerRenamedOrAnItemsDateChangedMeanwhileRefusesTheStaleChange() {
        long published = workflow().published(AUTHOR, METHODOLOGIST, Workflow.form("Күнделікті", null, Language.KK, null),
                "k.docx", Uploads.docx("Күн сайын"));
        long own = corners().create("Екі әдіскердің бұрышы", null);
        long everyday = corner(SeedCorner.EVERYDAY).id();
        corners().addItem(everyday, published, LocalDate.now().plusDays(10));
        CornerView mine = corner(own);
        CornerView theirs = corner(own);
        CornerItemView myItem = item(everyday, published);
        CornerItemView theirItem = item(everyday, published);

        corners().rename(own, theirs.version(), "Жаңа атау", "Сипаттама");
        corners().setExpiry(theirItem.id(), theirItem.version(), LocalDate.now().plusDays(20));
        List<List<Object>> afterTheirs = cornerRows(own, theirItem.id());

        assertThrows(ChangedSinceOpenedException.class, () -> corners().rename(own, mine.version(), "Менің атауым", null));
        assertThrows(ChangedSinceOpenedException.class,
                () -> corners().setExpiry(myItem.id(), myItem.version(), LocalDate.now().plusDays(30)));
        assertEquals(afterTheirs, cornerRows(own, theirItem.id()));
        assertEquals("Жаңа атау", afterTheirs.get(0).get(0));
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private List<List<Object>> title(long id) {
        return db().rows("SELECT TITLE, SHELF_PLACE, AUTHORS, HOLDING_TYPE, VERSION FROM CATALOGUE_TITLE WHERE ID = ?", id);
    }

    private List<List<Object>> material(long id) {
        return db().rows("SELECT TITLE_KK, DESCRIPTION, STATUS, VERSION FROM MATERIAL WHERE ID = ?", id);
    }

    private List<List<Object>> cornerRows(long cornerId, long itemId) {
        List<List<Object>> rows = new java.util.ArrayList<>(
                db().rows("SELECT NAME, DESCRIPTION, VERSION FROM CORNER WHERE ID = ?", cornerId));
        rows.addAll(db().rows("SELECT EXPIRES_ON, VERSION FROM CORNER_ITEM WHERE ID = ?", itemId));
        return rows;
    }

    private long auditEntries() {
        return db().number("SELECT COUNT(*) FROM AUDIT_ENTRY");
    }

    private CornerView corner(SeedCorner seed) {
        return corners().all(Language.KK, true).stream().filter(c -> c.seed() == seed).findFirst().orElseThrow();
    }

    private CornerView corner(long id) {
        return corners().all(Language.KK, true).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    private CornerItemView item(long cornerId, long materialId) {
        return corner(cornerId).items().stream().filter(i -> i.materialId() == materialId).findFirst().orElseThrow();
    }
}
