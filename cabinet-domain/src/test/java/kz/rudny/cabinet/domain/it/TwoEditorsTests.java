package kz.rudny.cabinet.domain.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.util.ArrayList;
import java.util.List;
import kz.rudny.cabinet.domain.association.boundary.AssociationForm;
import kz.rudny.cabinet.domain.association.boundary.Associations;
import kz.rudny.cabinet.domain.errors.ChangedSinceOpenedException;
import kz.rudny.cabinet.domain.it.support.CurrentExchange;
import kz.rudny.cabinet.domain.it.support.TestDatabase;
import kz.rudny.cabinet.domain.people.boundary.Language;
import kz.rudny.cabinet.domain.people.boundary.Profile;
import kz.rudny.cabinet.domain.people.boundary.ProfileForm;
import kz.rudny.cabinet.domain.people.boundary.Staff;
import kz.rudny.cabinet.domain.people.boundary.StaffMemberForm;
import kz.rudny.cabinet.domain.platform.control.DemoData;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import org.junit.jupiter.api.Test;

/**
 * Two people edit the same record: each opens the form, the first saves, and the second save is refused with
 * {@link ChangedSinceOpenedException}, leaving the database as the first save left it. The second editor is a
 * second form opened through the boundary (another tab, another methodologist): the form carries the version it
 * was read at, whoever holds it. School: №7 (s7).
 *
 * <p>Run in the container by {@link DomainSuiteIT}, which implements this interface and hands it the beans through
 * the accessor methods below.
 */
interface TwoEditorsTests {

    static final String METHODOLOGIST = "s7.methodologist";
    static final String TEACHER = "s7.t03";

    SecurityContext security();

    CurrentCaller caller();

    Staff staff();

    Profile profile();

    Associations associations();

    TestDatabase db();

    @Test
    default void theSecondSaveOfAStaffMemberIsRefusedAndTheFirstOneStays() {
        signIn(METHODOLOGIST);
        long id = db().staffIdOf(TEACHER);
        StaffMemberForm mine = staff().form(id);
        StaffMemberForm theirs = staff().form(id);

        theirs.setJobTitle("Орыс тілі пәнінің мұғалімі");
        staff().update(id, theirs);
        List<List<Object>> afterTheirs = staffRecord(id);
        long audit = auditEntries();

        mine.setFullName("Басқа Есім Тегі");
        mine.setJobTitle("Химия пәнінің мұғалімі");
        assertThrows(ChangedSinceOpenedException.class, () -> staff().update(id, mine));

        assertEquals(afterTheirs, staffRecord(id));
        assertEquals("Орыс тілі пәнінің мұғалімі", afterTheirs.get(0).get(1));
        assertEquals(audit, auditEntries());
        assertEquals("Басқа Есім Тегі", mine.getFullName(), "the refused form keeps what was typed");
    }

    @Test
    default void changingOnlyTheSubjectsOrTheRolesAlsoRefusesTheOtherEditor() {
        signIn(METHODOLOGIST);
        long id = db().staffIdOf(TEACHER);
        StaffMemberForm mine = staff().form(id);
        StaffMemberForm theirs = staff().form(id);
        List<Long> subjects = new ArrayList<>(theirs.getSubjectIds());
        subjects.add(subjects.contains(1L) ? 2L : 1L);
        theirs.setSubjectIds(subjects);
        staff().update(id, theirs);
        List<List<Object>> afterTheirs = staffRecord(id);

        mine.setJobTitle("Кітапханашы");
        assertThrows(ChangedSinceOpenedException.class, () -> staff().update(id, mine));
        assertEquals(afterTheirs, staffRecord(id));

        StaffMemberForm again = staff().form(id);
        assertEquals(subjects.stream().sorted().toList(), again.getSubjectIds());
        again.setJobTitle("Кітапханашы");
        staff().update(id, again);
        assertEquals("Кітапханашы", staffRecord(id).get(0).get(1), "a form opened again saves");
    }

    @Test
    default void aFormThatWasNeverOpenedSavesNothing() {
        signIn(METHODOLOGIST);
        long id = db().staffIdOf(TEACHER);
        List<List<Object>> before = staffRecord(id);
        StaffMemberForm typedFromScratch = staff().form(id);
        StaffMemberForm blank = new StaffMemberForm();
        blank.setUsername(typedFromScratch.getUsername());
        blank.setFullName("Ешкім Ашпаған");
        blank.setRoles(typedFromScratch.getRoles());

        assertThrows(ChangedSinceOpenedException.class, () -> staff().update(id, blank));
        assertEquals(before, staffRecord(id));
    }

    @Test
    default void aProfileSavedAfterTheMethodologistChangedThePersonIsRefused() {
        signIn(METHODOLOGIST);
        long id = db().staffIdOf(METHODOLOGIST);
        ProfileForm ownProfile = profile().form();
        StaffMemberForm onTheStaffPage = staff().form(id);
        onTheStaffPage.setLanguage(onTheStaffPage.getLanguage() == Language.RU ? Language.KK : Language.RU);
        staff().update(id, onTheStaffPage);
        List<List<Object>> afterStaffPage = staffRecord(id);

        ownProfile.setFullName("Өзгерген Есім");
        assertThrows(ChangedSinceOpenedException.class, () -> profile().update(ownProfile));
        assertEquals(afterStaffPage, staffRecord(id));

        ProfileForm reopened = profile().form();
        assertEquals(onTheStaffPage.getLanguage(), reopened.getLanguage());
        StaffMemberForm staleStaffPage = staff().form(id);
        reopened.setFullName("Өзгерген Есім");
        profile().update(reopened);
        staleStaffPage.setJobTitle("Әдіскер");
        assertThrows(ChangedSinceOpenedException.class, () -> staff().update(id, staleStaffPage),
                "and the other way round");
        assertEquals("Өзгерген Есім", staffRecord(id).get(0).get(0));
    }

    @Test
    default void theSecondSaveOfAnAssociationIsRefusedEvenWhenOnlyItsMembersChanged() {
        signIn(METHODOLOGIST);
        long id = associations().all().get(0).id();
        AssociationForm mine = associations().form(id);
        AssociationForm theirs = associations().form(id);
        List<Long> members = new ArrayList<>(theirs.getMemberIds());
        long teacher = db().staffIdOf(TEACHER);
        if (!members.remove(teacher)) {
            members.add(teacher);
        }
        theirs.setMemberIds(members);
        associations().update(id, theirs);
        List<List<Object>> afterTheirs = associationRecord(id);

        mine.setName(mine.getName() + " (жаңа)");
        assertThrows(ChangedSinceOpenedException.class, () -> associations().update(id, mine));
        assertEquals(afterTheirs, associationRecord(id));
        assertNotEquals(mine.getName(), afterTheirs.get(0).get(0));
    }

    // ------------------------------------------------------------------------------------------------- helpers

    /** The staff member's and account's columns, then their subjects and roles, as stored. */
    private List<List<Object>> staffRecord(long staffId) {
        List<List<Object>> record = new ArrayList<>(db().rows("SELECT a.FULL_NAME, m.JOB_TITLE, m.TEACHING_SINCE, "
                + "m.CAMBRIDGE_COURSES, a.UI_LANGUAGE, a.VERSION, m.VERSION FROM STAFF_MEMBER m "
                + "JOIN ACCOUNT a ON a.ID = m.ACCOUNT_ID WHERE m.ID = ?", staffId));
        record.add(db().column("SELECT SUBJECT_ID FROM STAFF_SUBJECT WHERE STAFF_MEMBER_ID = ? ORDER BY SUBJECT_ID", staffId));
        record.add(db().column("SELECT r.ROLE_NAME FROM ACCOUNT_ROLE r JOIN STAFF_MEMBER m ON m.ACCOUNT_ID = r.ACCOUNT_ID "
                + "WHERE m.ID = ? ORDER BY r.ROLE_NAME", staffId));
        return record;
    }

    private List<List<Object>> associationRecord(long id) {
        List<List<Object>> record = new ArrayList<>(db().rows(
                "SELECT NAME, DESCRIPTION, HEAD_ID, VERSION FROM METHODICAL_ASSOCIATION WHERE ID = ?", id));
        record.add(db().column("SELECT STAFF_MEMBER_ID FROM ASSOCIATION_MEMBER WHERE ASSOCIATION_ID = ? "
                + "ORDER BY STAFF_MEMBER_ID", id));
        return record;
    }

    private long auditEntries() {
        return db().number("SELECT COUNT(*) FROM AUDIT_ENTRY");
    }

    private void signIn(String username) {
        AuthenticationStatus status = security().authenticate(CurrentExchange.request(), CurrentExchange.response(),
                AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(username, DemoData.PASSWORD)));
        assertEquals(AuthenticationStatus.SUCCESS, status);
        caller().refresh();
        assertEquals(username, caller().getUsername());
    }
}
