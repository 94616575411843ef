package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tenant-isolation harness: two schools (g3 and s7), every id-taking way in, tried by the other
 * school's people with school g3's ids. Always refused, and afterwards g3's records are unchanged; where the way
 * in answers the caller's own school whatever is asked (the dashboard API), g3 is never in the answer.
 * Later modules add their ways in here.
 */
class TenantIsolationIT {

    private static Set<Long> g3Staff;
    private static Set<Long> g3Associations;
    private static long ownStaffId;
    private static long ownRecordId;
    private static long ownAssociationId;
    /** A teacher of s7 whom no other test signs in as: deactivated and activated again by one test. */
    private static long deactivatableStaffId;

    @BeforeAll
    static void collectIds() {
        WebSession g3 = WebSession.signedIn("g3.methodologist");
        g3Staff = g3.get("/school/staff.xhtml").ids("staff-member.xhtml");
        g3Associations = g3.get("/associations.xhtml").ids("association.xhtml");
        WebSession s7 = WebSession.signedIn("s7.methodologist");
        Set<Long> s7Staff = s7.get("/school/staff.xhtml").ids("staff-member.xhtml");
        ownStaffId = s7Staff.stream().filter(id -> !g3Staff.contains(id)).findFirst().orElseThrow();
        ownRecordId = s7Staff.stream()
                .filter(id -> s7.get("/school/staff-member.xhtml?id=" + id).body().contains("value=\"s7.methodologist\""))
                .findFirst().orElseThrow();
        deactivatableStaffId = s7Staff.stream()
                .filter(id -> s7.get("/school/staff-member.xhtml?id=" + id).body().contains("value=\"s7.t07\""))
                .findFirst().orElseThrow();
        ownAssociationId = s7.get("/associations.xhtml").ids("association.xhtml").iterator().next();
        assertFalse(g3Staff.isEmpty(), "g3 has staff to try");
        assertFalse(g3Associations.isEmpty(), "g3 has associations to try");
    }

    @Test
    void anotherSchoolsStaffMemberCannotBeOpened() {
        WebSession s7 = WebSession.signedIn("s7.methodologist");
        for (long id : g3Staff) {
            assertEquals(404, s7.get("/school/staff-member.xhtml?id=" + id).status(), "staff member " + id);
        }
        assertEquals(200, s7.get("/school/staff-member.xhtml?id=" + ownStaffId).status(), "own staff member opens");
    }

    @Test
    void anotherSchoolsAssociationCannotBeOpened() {
        WebSession s7 = WebSession.signedIn("s7.methodologist");
        for (long id : g3Associations) {
            assertEquals(404, s7.get("/school/association.xhtml?id=" + id).status(), "association " + id);
        }
        assertEquals(200, s7.get("/school/association.xhtml?id=" + ownAssociationId).status(), "own association opens");
    }

    @Test
    void aForgedIdOnAPostIsIgnoredBecauseTheRecordIsBoundToTheView() {
        long victim = g3Staff.iterator().next();
        WebSession s7 = WebSession.signedIn("s7.methodologist");
        String page = "/school/staff-member.xhtml?id=" + ownRecordId;
        WebSession.Page own = s7.get(page);
        WebSession.Page result = s7.press(page, own, "account", "deactivate", Map.of("id", Long.toString(victim)));
        assertEquals(200, result.status());
        assertTrue(result.body().contains("Өз есептік жазбаңызды бұғаттай алмайсыз."),
                "the action applied to the record the page was opened for (one's own: refused)");

        WebSession g3 = WebSession.signedIn("g3.methodologist");
        String victimPage = g3.get("/school/staff-member.xhtml?id=" + victim).body();
        assertFalse(victimPage.contains("id=\"member:state\""), "the other school's person is still active");
        Matcher username = Pattern.compile("<input id=\"member:username\"[^>]*value=\"([^\"]+)\"").matcher(victimPage);
        assertTrue(username.find(), "the victim's username is on the page");
        WebSession.signedIn(username.group(1)); // and can still sign in with the same password
        assertFalse(g3.get("/school/audit.xhtml").body().contains("s7.methodologist"),
                "nothing done by s7's methodologist appears in g3's audit trail");
    }

    @Test
    void anotherSchoolsStaffCannotBeMadeMembersOfOnesAssociation() {
        long stranger = g3Staff.iterator().next();
        String strangerName = WebSession.signedIn("g3.methodologist").get("/school/staff-member.xhtml?id=" + stranger)
                .inputValue("member:fullName");
        WebSession s7 = WebSession.signedIn("s7.methodologist");
        String page = "/school/association.xhtml?id=" + ownAssociationId;
        WebSession.Page own = s7.get(page);
        List<String> members = own.checkedValues("association:memberIds");
        List<String> forged = new java.util.ArrayList<>(members);
        forged.add(Long.toString(stranger));
        WebSession.Page saved = s7.pressWithLists(page, own, "association", "save",
                Map.of("association:name", own.inputValue("association:name")), Map.of("association:memberIds", forged));
        assertEquals(302, saved.status(), "the save went through (the stranger's id is no option of the form): "
                + saved.body());
        assertTrue(saved.location().endsWith("/associations.xhtml"), saved.location());
        WebSession.Page after = s7.get(page);
        assertEquals(members, after.checkedValues("association:memberIds"), "the members are as they were");
        assertFalse(s7.get("/associations.xhtml").body().contains(strangerName), "the stranger is no member");
    }

    @Test
    void aPostWithAForgedAForeignOrNoViewStateChangesNothing() {
        WebSession s7 = WebSession.signedIn("s7.methodologist");
        String page = "/school/staff-member.xhtml?id=" + deactivatableStaffId;
        Map<String, String> deactivate = Map.of("account", "account", "account:deactivate", "");

        WebSession.Page forged = s7.post(page, withViewState(deactivate, "-1234567890:forged"));
        assertEquals(302, forged.status(), "a forged ViewState: " + forged.body());
        assertTrue(forged.location().endsWith("/index.xhtml"), "sent to the home page: " + forged.location());
        String foreignState = WebSession.signedIn("s7.methodologist").get(page).viewState();
        WebSession.Page foreign = s7.post(page, withViewState(deactivate, foreignState));
        assertEquals(302, foreign.status(), "another session's ViewState: " + foreign.body());
        assertTrue(foreign.location().endsWith("/index.xhtml"), foreign.location());
        WebSession.Page missing = s7.post(page, deactivate);
        assertEquals(200, missing.status(), "no ViewState: the page is only shown again");
        assertFalse(s7.get(page).body().contains("id=\"member:state\""), "still active");

        // the same post with the page's own ViewState does deactivate: the ViewState alone stopped the others
        s7.press(page, s7.get(page), "account", "deactivate", Map.of());
        try {
            assertTrue(s7.get(page).body().contains("id=\"member:state\""), "deactivated by the genuine post");
        } finally {
            s7.press(page, s7.get(page), "account", "activate", Map.of());
        }
        assertFalse(s7.get(page).body().contains("id=\"member:state\""), "active again");
    }

    @Test
    void anotherPersonsNotificationsAreNeitherShownNorOpenedNorMarked() {
        String g3Welcome = "Ахметова Ләззат Шәкірқызы!"; // the g3 methodologist's welcome names her
        WebSession g3 = WebSession.signedIn("g3.methodologist");
        assertTrue(g3.get("/notifications.xhtml").body().contains(g3Welcome), "her own inbox has it");
        String g3Bell = bellLabel(g3.get("/index.xhtml"));

        WebSession s7 = WebSession.signedIn("s7.methodologist");
        WebSession.Page inbox = s7.get("/notifications.xhtml");
        assertEquals(200, inbox.status());
        assertFalse(inbox.body().contains(g3Welcome), "another school's person never sees it");
        // a row action with a forged id opens the caller's own row, never the id posted
        WebSession.Page opened = s7.press("/notifications.xhtml", inbox, "inbox", "table:0:open", Map.of("id", "1"));
        assertEquals(302, opened.status(), opened.body());
        s7.press("/notifications.xhtml", s7.get("/notifications.xhtml"), "inbox", "markAllRead", Map.of());
        assertEquals(g3Bell, bellLabel(WebSession.signedIn("g3.methodologist").get("/index.xhtml")),
                "her unread count is as it was");
    }

    private static String bellLabel(WebSession.Page page) {
        Matcher label = Pattern.compile("<a [^>]*id=\"bell\"[^>]*aria-label=\"([^\"]+)\"").matcher(page.body());
        if (!label.find()) {
            label = Pattern.compile("aria-label=\"([^\"]+)\"[^>]*id=\"bell\"").matcher(page.body());
            assertTrue(label.find(), "the page has the bell");
        }
        return label.group(1);
    }

    private static Map<String, String> withViewState(Map<String, String> form, String viewState) {
        Map<String, String> posted = new java.util.LinkedHashMap<>(form);
        posted.put("jakarta.faces.ViewState", viewState);
        return posted;
    }

    @Test
    void anotherSchoolsRoomCannotBeBookedWithAForgedRoomId() {
        java.util.regex.Pattern firstRoom = java.util.regex.Pattern.compile(
                "id=\"booking:roomId_input\"[^>]*>\\s*<option value=\"(\\d+)\"");
        java.util.regex.Matcher theirs = firstRoom.matcher(WebSession.signedIn("g3.teacher").get("/events/rooms.xhtml").body());
        assertTrue(theirs.find(), "g3's cabinet");
        WebSession s7 = WebSession.signedIn("s7.teacher");
        WebSession.Page own = s7.get("/events/rooms.xhtml");
        java.time.LocalDate day = java.time.LocalDate.now().plusDays(90);
        WebSession.Page result = s7.press("/events/rooms.xhtml", own, "booking", "book", Map.of(
                "booking:roomId_input", theirs.group(1), "booking:date", day.toString(), "booking:start", "10:00",
                "booking:end", "11:00", "booking:purpose", "Бөгде бөлме"));
        assertEquals(200, result.status());
        assertFalse(result.body().contains("Бөлме брондалды.") || result.body().contains("Помещение забронировано."),
                "no booking of another school's room");
    }

    @Test
    void anotherSchoolsMeetingsMinutesAndFilesCannotBeOpenedEditedPrintedOrPlannedIn() {
        WebSession g3 = WebSession.signedIn("g3.methodologist");
        Set<Long> meetings = g3.get("/events/meetings.xhtml").ids("meeting.xhtml");
        assertFalse(meetings.isEmpty(), "g3's demo meetings");
        WebSession s7 = WebSession.signedIn("s7.methodologist");
        for (long id : meetings) {
            assertEquals(404, s7.get("/events/meeting.xhtml?id=" + id).status(), "meeting " + id);
            assertEquals(404, s7.get("/events/minutes.xhtml?id=" + id).status(), "minutes " + id);
            assertEquals(404, s7.get("/events/meeting-edit.xhtml?id=" + id).status(), "planning form " + id);
            for (String format : new String[] {"pdf", "docx"}) {
                assertEquals(404, s7.get("/events/minutes/print?id=" + id + "&format=" + format + "&lang=ru").status(),
                        "printed minutes " + id);
            }
            for (long file = 1; file <= 3; file++) {
                assertEquals(404, s7.get("/events/meetings/file?meeting=" + id + "&file=" + file).status(),
                        "a file of meeting " + id);
            }
        }
        long held = meetings.stream().filter(id -> g3.get("/events/minutes/print?id=" + id + "&format=pdf&lang=kk")
                .status() == 200).findFirst().orElseThrow(() -> new AssertionError("g3 prints its own minutes"));
        assertEquals(404, s7.get("/events/minutes/print?id=" + held + "&format=pdf&lang=kk").status());
        for (long association : g3Associations) {
            assertEquals(404, s7.get("/events/meeting-edit.xhtml?association=" + association).status(),
                    "planning in association " + association);
        }
        String ownList = s7.get("/events/meetings.xhtml").body();
        for (long id : meetings) {
            assertFalse(ownList.contains("meeting.xhtml?id=" + id + "\""), "not in s7's list: " + id);
        }
        // Within the school, a teacher who is no member of the association does not see its meetings either.
        WebSession notMember = WebSession.signedIn("g3.teacher");
        long primaryClasses = meetings.iterator().next(); // the first association by name: the primary teachers'
        assertEquals(404, notMember.get("/events/meeting.xhtml?id=" + primaryClasses).status(), "not a member");
        assertEquals(200, g3.get("/events/meeting.xhtml?id=" + primaryClasses).status(), "the methodologist reads it");
    }

    @Test
    void anotherSchoolsOwnEventsTheirListsAndDraftsCannotBeOpenedChangedOrExported() {
        String period = "/events/activities.xhtml";
        WebSession g3 = WebSession.signedIn("g3.methodologist");
        // The events g3 organises (its methodologist gets their lists), not the open ones of other schools it sees.
        Set<Long> g3Events = g3.get(period).ids("activity.xhtml").stream()
                .filter(id -> g3.get("/events/activity.xhtml?id=" + id).body().contains("registrations?id=" + id))
                .collect(java.util.stream.Collectors.toSet());
        assertFalse(g3Events.isEmpty(), "g3's demo events in the coming months");
        WebSession s7 = WebSession.signedIn("s7.methodologist");
        Set<Long> s7Sees = s7.get(period).ids("activity.xhtml");
        long open = g3Events.stream().filter(s7Sees::contains).findFirst()
                .orElseThrow(() -> new AssertionError("g3's open lesson is open to the town"));
        for (long id : g3Events) {
            if (!s7Sees.contains(id)) {
                assertEquals(404, s7.get("/events/activity.xhtml?id=" + id).status(), "g3's own event " + id);
                assertEquals(404, s7.get("/events/certificate?activity=" + id + "&lang=ru").status(),
                        "a certificate of g3's own event " + id);
                assertEquals(404, s7.get("/events/activity/file?activity=" + id + "&file=1").status(),
                        "a file of g3's own event " + id);
            } else {
                assertEquals(400, s7.get("/events/certificate?activity=" + id + "&lang=ru").status(),
                        "an open event s7 took no part in: no certificate, said why " + id);
            }
            assertEquals(404, s7.get("/events/activity-edit.xhtml?id=" + id).status(), "changing g3's event " + id);
            assertEquals(404, s7.get("/events/activity/registrations?id=" + id + "&lang=ru").status(),
                    "the list of g3's event " + id);
        }
        String s7Page = s7.get("/events/activity.xhtml?id=" + open).body();
        assertEquals(200, s7.get("/events/activity.xhtml?id=" + open).status(), "an open event is open");
        assertFalse(s7Page.contains("id=\"registrations\""), "no list of people for a school that does not organise it");
        assertTrue(g3Events.size() > s7Sees.stream().filter(g3Events::contains).count(),
                "g3 has events s7 does not see");
        assertEquals(200, g3.get("/events/activity/registrations?id=" + open + "&lang=kk").status(),
                "the organiser exports the list");
    }

    @Test
    void anotherSchoolsObservationsTheirPrintoutsAndLessonStudiesCannotBeOpenedNorByColleaguesOutsideTheGroup() {
        // g3's Lesson Study cycle, its lessons and their submitted observations, found from the methodologist's pages
        // (the observers are g3's own teachers, the organiser g3: s7 is a third school).
        WebSession g3 = WebSession.signedIn("g3.methodologist");
        Set<Long> studies = g3.get("/events/lesson-studies.xhtml").ids("lesson-study.xhtml");
        assertFalse(studies.isEmpty(), "g3's demo Lesson Study");
        Set<Long> lessons = new java.util.LinkedHashSet<>();
        for (long study : studies) {
            lessons.addAll(g3.get("/events/lesson-study.xhtml?id=" + study).ids("open-lesson.xhtml"));
        }
        Set<Long> observations = new java.util.LinkedHashSet<>();
        for (long lesson : lessons) {
            observations.addAll(g3.get("/events/open-lesson.xhtml?id=" + lesson).ids("observation.xhtml"));
        }
        assertFalse(observations.isEmpty(), "the observations of g3's first Lesson Study lesson");
        long observed = lessons.stream().filter(l -> !g3.get("/events/open-lesson.xhtml?id=" + l)
                .ids("observation.xhtml").isEmpty()).findFirst().orElseThrow();
        long observation = observations.iterator().next();
        assertEquals(200, g3.get("/events/observation.xhtml?id=" + observation).status(), "the organiser reads it");
        assertEquals(200, g3.get("/events/observation/print?id=" + observation + "&lang=ru").status(),
                "the organiser prints it");
        assertEquals(200, g3.get("/events/open-lesson/print?id=" + observed + "&lang=kk").status(),
                "the organiser prints them all");

        for (String username : new String[] {"s7.methodologist", "s7.teacher"}) {
            WebSession s7 = WebSession.signedIn(username);
            for (long id : observations) {
                assertEquals(404, s7.get("/events/observation.xhtml?id=" + id).status(), username + ": observation " + id);
                for (String lang : new String[] {"kk", "ru"}) {
                    assertEquals(404, s7.get("/events/observation/print?id=" + id + "&lang=" + lang).status(),
                            username + ": printed observation " + id);
                }
            }
            for (long id : lessons) {
                assertEquals(404, s7.get("/events/open-lesson.xhtml?id=" + id).status(), username + ": lesson " + id);
                assertEquals(404, s7.get("/events/open-lesson/print?id=" + id + "&lang=ru").status(),
                        username + ": a lesson's printed observations " + id);
            }
            WebSession.Page list = s7.get("/events/lesson-studies.xhtml");
            for (long id : studies) {
                assertEquals(404, s7.get("/events/lesson-study.xhtml?id=" + id).status(), username + ": cycle " + id);
                assertFalse(list.body().contains("lesson-study.xhtml?id=" + id + "\""), "not in s7's list: " + id);
            }
        }

        // Within the school: a teacher outside the group (no association head) sees neither the cycle nor the
        // observations of its lessons, whose observer, organiser or teacher they are not; a member does.
        WebSession outsider = WebSession.signedIn("g3.t03");
        WebSession.Page outsidersList = outsider.get("/events/lesson-studies.xhtml");
        for (long id : studies) {
            assertEquals(404, outsider.get("/events/lesson-study.xhtml?id=" + id).status(), "not in the group: " + id);
            assertFalse(outsidersList.body().contains("lesson-study.xhtml?id=" + id + "\""), "not in the list: " + id);
        }
        for (long id : observations) {
            assertEquals(404, outsider.get("/events/observation.xhtml?id=" + id).status(), "a colleague's observation " + id);
            assertEquals(404, outsider.get("/events/observation/print?id=" + id + "&lang=kk").status(),
                    "a colleague's printed observation " + id);
        }
        assertEquals(404, outsider.get("/events/open-lesson/print?id=" + observed + "&lang=kk").status(),
                "the printed observations of a lesson the colleague neither organises nor teaches");
        WebSession member = WebSession.signedIn("g3.teacher");
        assertEquals(200, member.get("/events/lesson-study.xhtml?id=" + studies.iterator().next()).status(),
                "a member of the group reads the cycle");
    }

    @Test
    void anotherSchoolsMentoringPairsVisitsAndTheirPrintoutsCannotBeOpenedNorByColleaguesOutsideThePair() {
        // g3's demo pair (its mentor with the first young specialist) and its visits, found from the mentor's pages.
        WebSession mentor = WebSession.signedIn("g3.mentor");
        Set<Long> pairs = mentor.get("/mentoring/pairs.xhtml").ids("pair.xhtml");
        assertFalse(pairs.isEmpty(), "g3's demo pair");
        Set<Long> visits = new java.util.LinkedHashSet<>();
        for (long pair : pairs) {
            visits.addAll(mentor.get("/mentoring/pair.xhtml?id=" + pair).ids("visit.xhtml"));
        }
        assertFalse(visits.isEmpty(), "the demo pair's visits");
        long pair = pairs.iterator().next();
        long visit = visits.iterator().next();
        assertEquals(200, mentor.get("/mentoring/pair.xhtml?id=" + pair).status(), "the mentor reads the pair");
        assertEquals(200, mentor.get("/mentoring/visit.xhtml?id=" + visit).status(), "the mentor reads the visit");
        assertEquals(200, mentor.get("/mentoring/report-pdf?pair=" + pair + "&lang=kk").status(), "the mentor prints the report");
        assertEquals(200, mentor.get("/mentoring/visit-pdf?id=" + visit + "&lang=kk").status(), "the mentor prints the visit");
        assertEquals(200, WebSession.signedIn("g3.methodologist").get("/mentoring/pair.xhtml?id=" + pair).status(),
                "the school's methodologist reads the pair");

        // Another school's methodologist and teacher, and a colleague of the school outside the pair.
        for (String username : new String[] {"s7.methodologist", "s7.teacher", "g3.t03"}) {
            WebSession other = WebSession.signedIn(username);
            for (long id : pairs) {
                assertEquals(404, other.get("/mentoring/pair.xhtml?id=" + id).status(), username + ": pair " + id);
                assertEquals(404, other.get("/mentoring/report-pdf?pair=" + id + "&lang=kk").status(),
                        username + ": printed report of pair " + id);
                assertFalse(other.get("/mentoring/pairs.xhtml").body().contains("pair.xhtml?id=" + id + "\""),
                        username + ": not in their mentoring: " + id);
            }
            for (long id : visits) {
                assertEquals(404, other.get("/mentoring/visit.xhtml?id=" + id).status(), username + ": visit " + id);
                assertEquals(404, other.get("/mentoring/visit-pdf?id=" + id + "&lang=kk").status(),
                        username + ": printed visit " + id);
            }
        }
        WebSession s7 = WebSession.signedIn("s7.methodologist");
        WebSession.Page list = s7.get("/mentoring/young-specialists.xhtml");
        assertEquals(200, list.status());
        for (long id : pairs) {
            assertFalse(list.body().contains("pair.xhtml?id=" + id + "\""), "not in s7's young specialists: " + id);
        }
    }

    @Test
    void anotherSchoolsCertificatesPortfoliosEvidenceFilesAndSelfEducationCannotBeOpenedNorByColleagues() {
        // g3's course certificates, a portfolio (the teacher aiming at педагог-эксперт) with its evidence files and the
        // associations' topics, found from the methodologist's pages.
        WebSession methodologist = WebSession.signedIn("g3.methodologist");
        Set<Long> certificates = methodologist.get("/mentoring/school-courses.xhtml").ids("course-certificate");
        assertFalse(certificates.isEmpty(), "g3's demo certificates");
        java.util.regex.Matcher portfolio = java.util.regex.Pattern.compile("portfolio\\.xhtml\\?staff=(\\d+)")
                .matcher(methodologist.get("/mentoring/school-attestation.xhtml").body());
        long staff = -1;
        Set<Long> evidenceFiles = Set.of();
        while (evidenceFiles.isEmpty() && portfolio.find()) { // the teacher whose demo portfolio has files
            staff = Long.parseLong(portfolio.group(1));
            evidenceFiles = methodologist.get("/mentoring/portfolio.xhtml?staff=" + staff).ids("evidence-file");
        }
        assertFalse(evidenceFiles.isEmpty(), "the demo portfolio's diploma scan, found from g3's attestation schedule");
        java.util.regex.Matcher association = java.util.regex.Pattern.compile(
                "association-self-education\\.xhtml\\?association=(\\d+)")
                .matcher(methodologist.get("/mentoring/association-self-education.xhtml").body());
        Set<Long> topics = new java.util.LinkedHashSet<>();
        while (association.find()) {
            topics.addAll(methodologist.get("/mentoring/association-self-education.xhtml?association="
                    + association.group(1)).ids("self-education-topic.xhtml"));
        }
        assertFalse(topics.isEmpty(), "g3's demo self-education topics");
        assertEquals(200, methodologist.get("/mentoring/course-certificate?id=" + certificates.iterator().next())
                .status(), "the methodologist reads a certificate");
        assertEquals(200, methodologist.get("/mentoring/portfolio.xhtml?staff=" + staff).status());
        assertEquals(200, methodologist.get("/mentoring/portfolio-pdf?lang=kk&staff=" + staff).status());
        assertEquals(200, methodologist.get("/mentoring/evidence-file?id=" + evidenceFiles.iterator().next()).status(),
                "the methodologist reads an evidence file");
        assertEquals(200, methodologist.get("/mentoring/self-education-topic.xhtml?id=" + topics.iterator().next())
                .status(), "the methodologist reads a topic");

        // Another school's methodologist and teacher, and a colleague of the school (g3.young2 keeps no topic and is
        // not the portfolio's teacher; the course of last year in the demo is theirs, and theirs only opens).
        for (String username : new String[] {"s7.methodologist", "s7.teacher", "g3.young2"}) {
            WebSession other = WebSession.signedIn(username);
            Set<Long> own = other.get("/mentoring/courses.xhtml").ids("course-certificate");
            for (long id : certificates) {
                assertEquals(own.contains(id) ? 200 : 404, other.get("/mentoring/course-certificate?id=" + id).status(),
                        username + ": certificate " + id);
            }
            assertTrue(certificates.stream().anyMatch(id -> !own.contains(id)), "someone else's to try");
            assertEquals(404, other.get("/mentoring/portfolio-pdf?lang=kk&staff=" + staff).status(),
                    username + ": portfolio " + staff);
            for (long id : evidenceFiles) {
                assertEquals(404, other.get("/mentoring/evidence-file?id=" + id).status(),
                        username + ": evidence file " + id);
            }
            assertFalse(other.get("/mentoring/portfolio.xhtml?staff=" + staff).status() == 200,
                    username + ": the portfolio page of " + staff);
            for (long id : topics) {
                assertEquals(404, other.get("/mentoring/self-education-topic.xhtml?id=" + id).status(),
                        username + ": topic " + id);
            }
        }
    }

    @Test
    void anotherPersonsFeedCannotBeGuessedAndAnotherSchoolsEntryCannotBeDownloaded() throws Exception {
        // g3's teacher books, and makes a private feed link (the page's "make" button, posted as the page would).
        WebSession g3 = WebSession.signedIn("g3.t02");
        WebSession.Page rooms = g3.get("/events/rooms.xhtml");
        java.util.regex.Matcher room = java.util.regex.Pattern.compile(
                "id=\"booking:roomId_input\"[^>]*>\\s*<option value=\"(\\d+)\"").matcher(rooms.body());
        assertTrue(room.find(), "g3's cabinet");
        String purpose = "Оқшаулау " + System.nanoTime();
        java.time.LocalDate day = CalendarJourneyIT.weekday(12);
        boolean booked = false;
        for (int hour = 8; hour < 19 && !booked; hour++) { // the first free hour: the server may keep earlier runs' bookings
            booked = g3.press("/events/rooms.xhtml", g3.get("/events/rooms.xhtml"), "booking", "book", Map.of(
                    "booking:roomId_input", room.group(1), "booking:date", day.toString(),
                    "booking:start", String.format("%02d:00", hour), "booking:end", String.format("%02d:30", hour),
                    "booking:purpose", purpose)).body().contains("Бөлме брондалды.");
        }
        assertTrue(booked, "g3's teacher books");
        String url = feedLink(g3);
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        String ics = new WebSession().get("/feeds/calendar/" + token + ".ics").body();
        long booking = CalendarJourneyIT.bookingId(ics, purpose);
        String uid = java.net.URLEncoder.encode("room-booking-" + booking + "@cabinet.rudny.kz",
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(200, g3.get("/feeds/entry/" + uid + ".ics").status(), "its owner downloads it");

        // s7's people: a guessed token, the real one altered, and g3's entry by its UID all answer 404.
        WebSession s7 = WebSession.signedIn("s7.teacher");
        char last = token.charAt(token.length() - 1);
        for (String guess : new String[] {"A".repeat(43), token.substring(0, 42) + (last == 'A' ? 'B' : 'A'),
                token.toLowerCase(), token + "A", token.substring(1), token + ".ics"}) {
            assertEquals(404, s7.get("/feeds/calendar/" + guess + ".ics").status(), guess);
            assertEquals(404, new WebSession().get("/feeds/calendar/" + guess + ".ics").status(), guess);
        }
        assertEquals(404, s7.get("/feeds/entry/" + uid + ".ics").status(), "another school's entry");
        assertEquals(404, WebSession.signedIn("g3.teacher").get("/feeds/entry/" + uid + ".ics").status(),
                "a colleague's entry is not theirs either");
        String s7Feed = feedLink(s7);
        String own = new WebSession().get(java.net.URI.create(s7Feed).getRawPath()).body();
        assertTrue(own.startsWith("BEGIN:VCALENDAR"), own);
        assertFalse(own.contains(purpose) || own.contains("room-booking-" + booking + "@"),
                "s7's feed has nothing of g3");
    }

    @Test
    void anotherSchoolsFiguresCannotBeAskedForThroughTheDashboardApi() throws Exception {
        Map<String, Long> ids = new HashMap<>();
        ApiCalls.objects(ApiCalls.json(ApiCalls.get("/api/dashboard/district", "district.methodologist", null))
                .get("schools")).forEach(s -> ids.put((String) s.get("name"), ApiCalls.number(s.get("id"))));
        long g3 = ids.get(DashboardApiIT.SCHOOLS.get("g3"));
        long s7 = ids.get(DashboardApiIT.SCHOOLS.get("s7"));
        HttpResponse<String> plain = ApiCalls.get("/api/dashboard/school", "s7.methodologist", "kk");
        assertEquals(200, plain.statusCode(), plain.body());
        Map<String, Object> own = ApiCalls.json(plain);
        assertEquals(s7, ApiCalls.number(own.get("schoolId")));

        String g3Name = URLEncoder.encode(DashboardApiIT.SCHOOLS.get("g3"), StandardCharsets.UTF_8);
        for (String forged : new String[] {"school=" + g3, "schoolId=" + g3, "school_id=" + g3, "id=" + g3,
            "tenant=" + g3, "school=" + g3Name, "schoolId=" + g3 + "&year=&quarter="}) {
            HttpResponse<String> answer = ApiCalls.get("/api/dashboard/school?" + forged,
                    "s7.methodologist", "kk");
            assertEquals(200, answer.statusCode(), forged + ": " + answer.body());
            assertEquals(own, ApiCalls.json(answer), forged + ": the own school's figures, as without it");
            assertFalse(answer.body().contains(DashboardApiIT.SCHOOLS.get("g3")), forged);
        }
        for (String path : new String[] {"/api/dashboard/school/" + g3, "/api/dashboard/" + g3}) {
            HttpResponse<String> answer = ApiCalls.get(path, "s7.methodologist", "kk");
            assertEquals(404, answer.statusCode(), path + ": no such address: " + answer.body());
            assertFalse(answer.body().contains(DashboardApiIT.SCHOOLS.get("g3")), path);
        }
        HttpResponse<String> ownTrend = ApiCalls.get("/api/dashboard/school/trend", "s7.methodologist", "kk");
        assertEquals(200, ownTrend.statusCode(), ownTrend.body());
        for (String forged : new String[] {"school=" + g3, "schoolId=" + g3, "id=" + g3}) {
            HttpResponse<String> answer = ApiCalls.get("/api/dashboard/school/trend?" + forged, "s7.methodologist",
                    "kk");
            assertEquals(ApiCalls.json(ownTrend), ApiCalls.json(answer), forged + ": the own school's trend");
            assertFalse(answer.body().contains(DashboardApiIT.SCHOOLS.get("g3")), forged);
        }
        HttpResponse<String> g3Trend = ApiCalls.get("/api/dashboard/district/schools/" + g3 + "/trend",
                "s7.methodologist", "kk");
        assertEquals(403, g3Trend.statusCode(), "g3's figures over time: " + g3Trend.body());
        assertFalse(g3Trend.body().contains(DashboardApiIT.SCHOOLS.get("g3")), g3Trend.body());
        HttpResponse<String> district = ApiCalls.get("/api/dashboard/district?school=" + s7,
                "s7.methodologist", "kk");
        assertEquals(403, district.statusCode(), "the district's table, even narrowed to one's own school: "
                + district.body());
        assertEquals(403, ApiCalls.get("/api/dashboard/school?school=" + g3, "g3.teacher", "kk").statusCode(),
                "g3's teacher asking for the own school's figures");
    }

    @Test
    void withAPersonalApiTokenAnotherSchoolsMaterialsFilesAndFiguresStayOutOfReach() throws Exception {
        long material = ApiCalls.number(ApiCalls.objects(ApiCalls.json(ApiCalls.get(
                "/api/materials?kind=MATERIAL&size=1", "g3.teacher", null)).get("items")).get(0).get("id"));
        Map<String, Object> g3View = ApiCalls.json(ApiCalls.get("/api/materials/" + material, "g3.teacher", null));
        long file = ApiCalls.number(ApiCalls.objects(g3View.get("files")).get(0).get("id"));
        long g3 = ApiCalls.number(g3View.get("schoolId"));

        String token = ApiTokensIT.make(WebSession.signedIn("s7.methodologist"), "Isolation " + System.nanoTime());
        assertEquals(404, ApiTokensIT.call("/api/materials/" + material, token).statusCode(), "g3's material");
        assertEquals(404, ApiTokensIT.call("/api/materials/" + material + "/files/" + file, token).statusCode(),
                "g3's file");
        HttpResponse<String> figures = ApiTokensIT.call("/api/dashboard/school?school=" + g3, token);
        assertEquals(200, figures.statusCode(), figures.body());
        assertNotEquals(g3, ApiCalls.number(ApiCalls.json(figures).get("schoolId")), "the own school's figures");
        assertEquals(403, ApiTokensIT.call("/api/dashboard/district", token).statusCode(),
                "the token carries the account's roles: a school methodologist's");
    }

    /** The person's feed link from the calendar page: "make" the first time, else "reset" (an earlier run made one). */
    private static String feedLink(WebSession session) {
        WebSession.Page page = session.get("/events/calendar.xhtml");
        String button = page.body().contains("id=\"feed:make\"") ? "make" : "reset";
        return session.press("/events/calendar.xhtml", page, "feed", button, Map.of()).inputValue("feed:url");
    }

    @Test
    void anotherSchoolsFiguresOverTimeCannotBeOpenedByASchool() {
        // the district's dashboard links every school's figures over time: the ids of the three schools
        WebSession district = WebSession.signedIn("district.methodologist");
        Set<Long> schools = district.get("/district/dashboard.xhtml").ids("school-trend.xhtml", "school");
        assertTrue(schools.size() >= 3, "the three demo schools (and any a test added): " + schools);
        for (long school : schools) {
            assertEquals(200, district.get("/district/school-trend.xhtml?school=" + school).status());
        }
        WebSession s7 = WebSession.signedIn("s7.methodologist");
        for (long school : schools) {
            assertEquals(403, s7.get("/district/school-trend.xhtml?school=" + school).status(), "school " + school);
            String page = s7.get("/school/trend.xhtml?school=" + school).body();
            assertTrue(page.contains("№7 орта мектебі"), "the own school");
            assertFalse(page.contains("Абай атындағы №3") || page.contains("Средняя школа №12"),
                    "never another school's name");
        }
    }

    @Test
    void anotherSchoolsDepartmentReportCannotBeExported() {
        String g3 = schoolIdIn(WebSession.signedIn("g3.methodologist").get("/school/reports.xhtml").body());
        WebSession s7 = WebSession.signedIn("s7.methodologist");
        String own = schoolIdIn(s7.get("/school/reports.xhtml").body());
        assertFalse(own.equals(g3));
        String export = "/school/reports/export?report=TEACHER_COMPOSITION&year=2026&format=xlsx&lang=ru&school=";
        for (String format : new String[] {"xlsx", "pdf"}) {
            String path = export.replace("xlsx", format);
            assertEquals(404, s7.get(path + g3).status(), "another school's report as " + format);
            assertEquals(200, s7.get(path + own).status(), "the own school's report as " + format);
        }
        assertEquals(404, s7.get(export).status(), "no school: nothing");
        assertEquals(403, s7.get("/district/reports/export?report=TEACHER_COMPOSITION&year=2026&format=xlsx&lang=ru")
                .status(), "the district's report");
        assertEquals(200, WebSession.signedIn("district.methodologist").get(export.replace("/school/", "/district/")
                + g3).status(), "a district role may take any one school's");
    }

    private static String schoolIdIn(String page) {
        Matcher m = Pattern.compile("school=(\\d+)").matcher(page);
        assertTrue(m.find(), "a report link with the school's id");
        return m.group(1);
    }

    @ParameterizedTest(name = "{0} opening {1} gets {2}")
    @CsvSource({
            "g3.teacher,             /school/staff.xhtml,     403",
            "g3.teacher,             /school/audit.xhtml,     403",
            "g3.teacher,             /district/schools.xhtml, 403",
            "g3.teacher,             /admin/new-school.xhtml, 403",
            "g3.teacher,             /associations.xhtml,     200",
            "g3.teacher,             /events/rooms.xhtml,     200",
            "g3.teacher,             /events/calendar.xhtml,  200",
            "district.methodologist, /events/calendar.xhtml,  403",
            "g3.teacher,             /events/meetings.xhtml,  200",
            "g3.teacher,             /events/decisions.xhtml, 200",
            "district.methodologist, /events/meetings.xhtml,  403",
            "district.methodologist, /events/decisions.xhtml, 403",
            "district.methodologist, /events/rooms.xhtml,     403",
            "district.admin,         /events/rooms.xhtml,     403",
            "g3.teacher,             /events/plan.xhtml,      200",
            "g3.teacher,             /events/activities.xhtml, 200",
            "district.methodologist, /events/activities.xhtml, 200",
            "district.methodologist, /events/activity-edit.xhtml, 200",
            "district.admin,         /events/activities.xhtml, 403",
            "g3.teacher,             /events/activity-edit.xhtml, 403",
            "district.methodologist, /events/plan.xhtml,      403",
            "district.admin,         /events/plan/export?year=2026&format=xlsx, 403",
            "g3.head,                /school/staff.xhtml,     403",
            "s12.mentor,             /admin/new-school.xhtml, 403",
            "district.methodologist, /school/staff.xhtml,     403",
            "district.methodologist, /associations.xhtml,     403",
            "district.methodologist, /admin/new-school.xhtml, 403",
            "district.methodologist, /district/schools.xhtml, 200",
            "district.methodologist, /notifications.xhtml,    200",
            "g3.teacher,             /notifications.xhtml,    200",
            "district.admin,         /school/audit.xhtml,     403",
            "district.admin,         /admin/new-school.xhtml, 200",
            "s7.methodologist,       /district/schools.xhtml, 403",
            "s7.methodologist,       /school/audit.xhtml,     200",
            "g3.teacher,             /school/dashboard.xhtml, 403",
            "g3.head,                /school/trend.xhtml,     403",
            "s7.methodologist,       /district/dashboard.xhtml, 403",
            "district.methodologist, /school/trend.xhtml,     403",
            "district.methodologist, /district/school-trend.xhtml?school=999999, 404",
            "s7.methodologist,       /school/reports.xhtml,   200",
            "s7.methodologist,       /district/reports.xhtml, 403",
            "s7.head,                /school/reports.xhtml,   403",
            "g3.teacher,             /school/reports/export?report=COURSE_COVERAGE&year=2026&format=xlsx&lang=kk&school=1, 403",
            "district.methodologist, /district/reports.xhtml, 200",
            "district.admin,         /district/reports.xhtml, 200",
            "district.methodologist, /school/reports.xhtml,   403"})
    void eachRoleReachesOnlyItsOwnScreens(String username, String path, int expected) {
        assertEquals(expected, WebSession.signedIn(username).get(path).status());
    }

    @Test
    void nobodySignedInReachesNothingButTheSignInPage() {
        WebSession anonymous = new WebSession();
        for (String path : new String[] {"/index.xhtml", "/school/staff.xhtml", "/district/schools.xhtml",
                "/profile.xhtml", "/school/staff-member.xhtml?id=1", "/notifications.xhtml", "/events/calendar.xhtml",
                "/feeds/entry/room-booking-1@cabinet.rudny.kz.ics"}) {
            WebSession.Page page = anonymous.get(path);
            assertEquals(302, page.status(), path);
            assertTrue(page.location().contains("/login.xhtml"), path);
        }
        assertEquals(200, anonymous.get("/login.xhtml").status());
        assertEquals(200, anonymous.get("/health/ready").status());
    }
}
