package kz.rudny.cabinet.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import kz.rudny.cabinet.domain.platform.control.DatabaseMigration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Upgrading keeps a school's data: a database made by the previous release's migrations (frozen in
 * src/test/resources/upgrade/previous-release: V1-V3 of the domain, V100-V101 of the library, as released at
 * commit 437aa11) and filled the way the application fills it, is migrated to the current migrations by the
 * application's own {@link DatabaseMigration}, on Derby and on PostgreSQL; every record is still there, with its
 * Kazakh and Russian text, and new rows still get new ids. At each release, copy the released
 * {@code db/migration} scripts of every module into that folder (see README, Tests).
 */
class UpgradeIT {

    private static final String PREVIOUS_RELEASE = "classpath:upgrade/previous-release";
    private static final Timestamp MONDAY = Timestamp.valueOf(LocalDateTime.of(2026, 9, 7, 9, 30));
    private static final Date DUE = Date.valueOf(LocalDate.of(2026, 10, 5));

    @ParameterizedTest
    @EnumSource(EmptyDatabase.class)
    void theCurrentMigrationsKeepEveryRecordOfThePreviousRelease(EmptyDatabase kind) {
        DataSource database = kind.create("upgrade");
        int released = Flyway.configure(getClass().getClassLoader()).dataSource(database).locations(PREVIOUS_RELEASE)
                .outOfOrder(true).load().migrate().migrationsExecuted;
        assertTrue(released > 0, "the previous release's scripts are in " + PREVIOUS_RELEASE);
        Sql sql = new Sql(database);
        School before = School.fill(sql);

        new DatabaseMigration().migrate(database);

        for (MigrationInfo migration : Flyway.configure(getClass().getClassLoader()).dataSource(database)
                .locations("classpath:db/migration").load().info().all()) {
            assertTrue(migration.getState().isApplied() && !migration.getState().isFailed(),
                    migration.getScript() + " on " + kind + ": " + migration.getState());
        }
        before.assertStillThere(sql);
        long next = sql.insert("INSERT INTO SCHOOL (NAME, TEACHING_LANGUAGE, ACTIVE, CREATED_AT, VERSION) "
                + "VALUES ('№22 мектеп-лицей', 'KK', TRUE, ?, 0)", MONDAY);
        assertTrue(next > before.school, "a new school after the upgrade gets a new id: " + next);
    }

    /** The records of one school as the previous release stored them, and their ids. */
    private record School(long school, long methodologist, long teacher, long admin, long methodologistStaff,
                          long teacherStaff, long association, long title, long copy, long lentCopy, long loan,
                          long material, long file, long share, long certificate) {

        static School fill(Sql sql) {
            long school = sql.insert("INSERT INTO SCHOOL (NAME, TEACHING_LANGUAGE, ACTIVE, CREATED_AT, VERSION) "
                    + "VALUES (?, 'KK', TRUE, ?, 0)", "Абай атындағы №3 мектеп-гимназия", MONDAY);
            long methodologist = account(sql, "g3.methodologist", "Ахметова Ләззат Шәкірқызы", school,
                    "SCHOOL_METHODOLOGIST", "TEACHER");
            long teacher = account(sql, "g3.teacher", "Қасымова Әйгерім Нұрланқызы", school, "TEACHER");
            long admin = sql.insert("INSERT INTO ACCOUNT (USERNAME, PASSWORD_HASH, FULL_NAME, SCHOOL_ID, UI_LANGUAGE,"
                    + " ACTIVE, CREATED_AT, VERSION) VALUES ('district.admin', ?, 'Серікбаев Нұрлан', NULL, 'ru', TRUE,"
                    + " ?, 0)", "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==", MONDAY);
            sql.update("INSERT INTO ACCOUNT_ROLE (ACCOUNT_ID, ROLE_NAME) VALUES (?, 'DISTRICT_ADMINISTRATOR')", admin);
            long methodologistStaff = sql.insert("INSERT INTO STAFF_MEMBER (SCHOOL_ID, ACCOUNT_ID, JOB_TITLE,"
                    + " CAREER_START_YEAR, VERSION, CAMBRIDGE_COURSES) VALUES (?, ?, 'Әдіскер', 2004, 0, TRUE)",
                    school, methodologist);
            long teacherStaff = sql.insert("INSERT INTO STAFF_MEMBER (SCHOOL_ID, ACCOUNT_ID, JOB_TITLE,"
                    + " CAREER_START_YEAR, VERSION) VALUES (?, ?, 'Биология пәнінің мұғалімі', 2025, 0)",
                    school, teacher);
            sql.update("INSERT INTO STAFF_SUBJECT (STAFF_MEMBER_ID, SUBJECT_ID) VALUES (?, ?)", teacherStaff,
                    sql.number("SELECT ID FROM SUBJECT WHERE CODE = 'BIOLOGY'"));
            long association = sql.insert("INSERT INTO METHODICAL_ASSOCIATION (SCHOOL_ID, NAME, DESCRIPTION,"
                    + " HEAD_ID, VERSION) VALUES (?, 'Жаратылыстану пәндері', 'Биология, химия, физика', ?, 0)",
                    school, methodologistStaff);
            for (long member : List.of(methodologistStaff, teacherStaff)) {
                sql.update("INSERT INTO ASSOCIATION_MEMBER (ASSOCIATION_ID, STAFF_MEMBER_ID) VALUES (?, ?)",
                        association, member);
            }
            sql.insert("INSERT INTO AUDIT_ENTRY (SCHOOL_ID, OCCURRED_AT, ACTOR_ACCOUNT_ID, ACTOR_NAME, AUDIT_ACTION,"
                    + " RECORD_TYPE, RECORD_ID, DETAILS) VALUES (?, ?, ?, 'Ахметова Ләззат Шәкірқызы', 'STAFF_CREATED',"
                    + " 'STAFF_MEMBER', ?, 'Қасымова Әйгерім')", school, MONDAY, methodologist, teacherStaff);
            sql.insert("INSERT INTO LOGIN_ATTEMPT (USERNAME, ADDRESS, OUTCOME, ATTEMPTED_AT)"
                    + " VALUES ('g3.teacher', '10.0.0.7', 'SUCCESS', ?)", MONDAY);

            long biology = sql.number("SELECT ID FROM SUBJECT WHERE CODE = 'BIOLOGY'");
            long title = sql.insert("INSERT INTO CATALOGUE_TITLE (SCHOOL_ID, TITLE, AUTHORS, PUBLISHER,"
                    + " PUBLICATION_YEAR, ISBN, CONTENT_LANGUAGE, HOLDING_TYPE, SUBJECT_ID, GRADE_FROM, GRADE_TO,"
                    + " SHELF_PLACE, ANNOTATION, CREATED_AT, VERSION) VALUES (?, 'Қазақша-орысша биология сөздігі',"
                    + " 'Ержанов Б.', 'Мектеп', 2019, '9786010000011', 'KK', 'DICTIONARY', ?, 5, 9, 'Б-3',"
                    + " 'Терминдер', ?, 0)", school, biology, MONDAY);
            long copy = copy(sql, school, title, "G3-0001");
            long lentCopy = copy(sql, school, title, "G3-0002");
            long loan = sql.insert("INSERT INTO LOAN (SCHOOL_ID, COPY_ID, OPEN_COPY_ID, BORROWER_STAFF_ID,"
                    + " BORROWER_NAME, ISSUED_AT, DUE_DATE, RENEWALS, VERSION) VALUES (?, ?, ?, ?,"
                    + " 'Қасымова Әйгерім Нұрланқызы', ?, ?, 0, 0)", school, lentCopy, lentCopy, teacherStaff, MONDAY, DUE);
            sql.insert("INSERT INTO RESERVATION (SCHOOL_ID, TITLE_ID, STAFF_ID, STAFF_NAME, RESERVED_AT, VERSION)"
                    + " VALUES (?, ?, ?, 'Ахметова Ләззат Шәкірқызы', ?, 0)", school, title, methodologistStaff, MONDAY);

            long material = sql.insert("INSERT INTO MATERIAL (SCHOOL_ID, TITLE_KK, TITLE_RU, DESCRIPTION, SUBJECT_ID,"
                    + " GRADE_FROM, GRADE_TO, MATERIAL_TYPE, CONTENT_LANGUAGE, ASSOCIATION_ID, ACADEMIC_YEAR, TAGS,"
                    + " AUTHOR_STAFF_ID, AUTHOR_NAME, AUTHOR_POSITION, STATUS, SHARE_STATE, CREATED_AT, UPDATED_AT,"
                    + " APPROVED_AT, PUBLISHED_AT, DOWNLOADS, VERSION) VALUES (?, 'Жасуша: сабақ жоспары',"
                    + " 'Клетка: план урока', 'Сабақ', NULL, 7, 7, 'LESSON_PLAN', 'KK', ?, 2026, 'биология, жасуша', ?,"
                    + " 'Қасымова Әйгерім Нұрланқызы', 'Биология пәнінің мұғалімі', 'PUBLISHED', 'SHARED', ?, ?, ?, ?,"
                    + " 3, 4)", school, association, teacherStaff, MONDAY, MONDAY, MONDAY, MONDAY);
            long file = sql.insert("INSERT INTO MATERIAL_FILE (SCHOOL_ID, MATERIAL_ID, ORIGINAL_NAME, STORED_NAME,"
                    + " FILE_KIND, SIZE_BYTES, SHA256, VERSION_NUMBER, UPLOADED_AT, UPLOADED_BY, VERSION) VALUES (?, ?,"
                    + " 'Жасуша — сабақ жоспары.docx', '0123456789abcdef0123456789abcdef', 'DOCX', 977, ?, 1, ?,"
                    + " 'Қасымова Әйгерім Нұрланқызы', 0)", school, material, "e".repeat(64), MONDAY);
            for (String step : List.of("CREATED", "SUBMITTED", "APPROVED", "PUBLISHED")) {
                sql.insert("INSERT INTO MATERIAL_STEP (SCHOOL_ID, MATERIAL_ID, STEP, ACTOR_NAME, OCCURRED_AT,"
                        + " STEP_COMMENT) VALUES (?, ?, ?, 'Ахметова Ләззат Шәкірқызы', ?, 'Жақсы')",
                        school, material, step, MONDAY);
            }
            long corner = sql.insert("INSERT INTO CORNER (SCHOOL_ID, SEED_KIND, NAME, DESCRIPTION, POSITION, VERSION)"
                    + " VALUES (?, NULL, 'Жас маман бұрышы', 'Жас мамандарға', 1, 0)", school);
            sql.insert("INSERT INTO CORNER_ITEM (SCHOOL_ID, CORNER_ID, MATERIAL_ID, POSITION, PINNED, EXPIRES_ON,"
                    + " VERSION) VALUES (?, ?, ?, 1, TRUE, ?, 0)", school, corner, material, DUE);
            long share = sql.insert("INSERT INTO DISTRICT_SHARE (ORIGIN_SCHOOL_ID, MATERIAL_ID, SCHOOL_NAME, TITLE_KK,"
                    + " TITLE_RU, MATERIAL_TYPE, CONTENT_LANGUAGE, ACADEMIC_YEAR, AUTHOR_NAME, STATE, SHARED_AT,"
                    + " SHARED_BY, DOWNLOADS, VERSION) VALUES (?, ?, 'Абай атындағы №3 мектеп-гимназия',"
                    + " 'Жасуша: сабақ жоспары', 'Клетка: план урока', 'LESSON_PLAN', 'KK', 2026,"
                    + " 'Қасымова Әйгерім Нұрланқызы', 'SHARED', ?, 'Ахметова Ләззат Шәкірқызы', 2, 0)",
                    school, material, MONDAY);
            sql.insert("INSERT INTO DISTRICT_SHARE_FILE (SHARE_ID, ORIGINAL_NAME, STORED_NAME, FILE_KIND, SIZE_BYTES,"
                    + " SHA256) VALUES (?, 'Жасуша — сабақ жоспары.docx', 'fedcba9876543210fedcba9876543210', 'DOCX',"
                    + " 977, ?)", share, "e".repeat(64));
            sql.insert("INSERT INTO MATERIAL_RATING (MATERIAL_SCHOOL_ID, MATERIAL_ID, RATER_ACCOUNT_ID, STARS, RATED_AT,"
                    + " VERSION) VALUES (?, ?, ?, 5, ?, 0)", school, material, methodologist, MONDAY);
            sql.insert("INSERT INTO MATERIAL_COMMENT (MATERIAL_SCHOOL_ID, MATERIAL_ID, AUTHOR_ACCOUNT_ID, AUTHOR_NAME,"
                    + " AUTHOR_SCHOOL_NAME, BODY, WRITTEN_AT) VALUES (?, ?, ?, 'Ковалева Ирина Петровна', NULL,"
                    + " 'Отличный план урока', ?)", school, material, admin, MONDAY);
            long certificate = sql.insert("INSERT INTO CERTIFICATE (CODE, KIND, ORIGIN_SCHOOL_ID, MATERIAL_ID,"
                    + " AUTHOR_NAME, AUTHOR_POSITION, SCHOOL_NAME, MATERIAL_TITLE, APPROVED_ON, ISSUED_ON)"
                    + " VALUES ('RDN-7K2M-9QX4', 'SCHOOL_PUBLICATION', ?, ?, 'Қасымова Әйгерім Нұрланқызы',"
                    + " 'Биология пәнінің мұғалімі', 'Абай атындағы №3 мектеп-гимназия', 'Жасуша: сабақ жоспары',"
                    + " ?, ?)", school, material, DUE, DUE);
            return new School(school, methodologist, teacher, admin, methodologistStaff, teacherStaff, association,
                    title, copy, lentCopy, loan, material, file, share, certificate);
        }

        private static long account(Sql sql, String username, String name, long school, String... roles) {
            long id = sql.insert("INSERT INTO ACCOUNT (USERNAME, PASSWORD_HASH, FULL_NAME, SCHOOL_ID, UI_LANGUAGE,"
                    + " ACTIVE, CREATED_AT, PASSWORD_CHANGED_AT, VERSION) VALUES (?, ?, ?, ?, 'kk', TRUE, ?, ?, 1)",
                    username, "PBKDF2WithHmacSHA512:210000:c2FsdA==:" + username, name, school, MONDAY, MONDAY);
            for (String role : roles) {
                sql.update("INSERT INTO ACCOUNT_ROLE (ACCOUNT_ID, ROLE_NAME) VALUES (?, ?)", id, role);
            }
            return id;
        }

        private static long copy(Sql sql, long school, long title, String inventory) {
            return sql.insert("INSERT INTO CATALOGUE_COPY (SCHOOL_ID, TITLE_ID, INVENTORY_NUMBER, COPY_CONDITION,"
                    + " VERSION) VALUES (?, ?, ?, 'GOOD', 0)", school, title, inventory);
        }

        void assertStillThere(Sql sql) {
            assertEquals(List.of("Абай атындағы №3 мектеп-гимназия", "KK", true),
                    sql.row("SELECT NAME, TEACHING_LANGUAGE, ACTIVE FROM SCHOOL WHERE ID = ?", school));
            assertEquals(List.of(List.of("g3.methodologist", "SCHOOL_METHODOLOGIST"), List.of("g3.methodologist",
                    "TEACHER"), List.of("g3.teacher", "TEACHER")), sql.rows("SELECT a.USERNAME, r.ROLE_NAME FROM"
                    + " ACCOUNT a JOIN ACCOUNT_ROLE r ON r.ACCOUNT_ID = a.ID WHERE a.SCHOOL_ID = ?"
                    + " ORDER BY a.USERNAME, r.ROLE_NAME", school));
            assertEquals(List.of("Қасымова Әйгерім Нұрланқызы", "PBKDF2WithHmacSHA512:210000:c2FsdA==:g3.teacher",
                    "kk", true, MONDAY), sql.row("SELECT FULL_NAME, PASSWORD_HASH, UI_LANGUAGE, ACTIVE,"
                    + " PASSWORD_CHANGED_AT FROM ACCOUNT WHERE ID = ?", teacher));
            assertEquals(List.of("DISTRICT_ADMINISTRATOR"), sql.row("SELECT r.ROLE_NAME FROM ACCOUNT_ROLE r"
                    + " JOIN ACCOUNT a ON a.ID = r.ACCOUNT_ID WHERE a.ID = ? AND a.SCHOOL_ID IS NULL", admin));
            // V6 turned the year teaching started into a date: 1 September of that year
            assertEquals(List.of("Биология пәнінің мұғалімі", Date.valueOf("2025-09-01"), "BIOLOGY", false),
                    sql.row("SELECT m.JOB_TITLE, m.TEACHING_SINCE, s.CODE, m.CAMBRIDGE_COURSES FROM STAFF_MEMBER m JOIN STAFF_SUBJECT ms"
                    + " ON ms.STAFF_MEMBER_ID = m.ID JOIN SUBJECT s ON s.ID = ms.SUBJECT_ID WHERE m.ID = ?",
                    teacherStaff));
            assertEquals(List.of(true), sql.row("SELECT CAMBRIDGE_COURSES FROM STAFF_MEMBER WHERE ID = ?",
                    methodologistStaff));
            assertEquals(List.of("Жаратылыстану пәндері", "Ахметова Ләззат Шәкірқызы", 2L),
                    numbersAsLong(sql.row("SELECT a.NAME, h.FULL_NAME, (SELECT COUNT(*) FROM ASSOCIATION_MEMBER am"
                            + " WHERE am.ASSOCIATION_ID = a.ID) FROM METHODICAL_ASSOCIATION a JOIN STAFF_MEMBER s"
                            + " ON s.ID = a.HEAD_ID JOIN ACCOUNT h ON h.ID = s.ACCOUNT_ID WHERE a.ID = ?",
                            association)));
            assertEquals(List.of("STAFF_CREATED", "Қасымова Әйгерім"), sql.row("SELECT AUDIT_ACTION, DETAILS"
                    + " FROM AUDIT_ENTRY WHERE SCHOOL_ID = ? AND RECORD_ID = ?", school, teacherStaff));
            assertEquals(1, sql.number("SELECT COUNT(*) FROM LOGIN_ATTEMPT WHERE USERNAME = 'g3.teacher'"));

            assertEquals(List.of("Қазақша-орысша биология сөздігі", "9786010000011", "DICTIONARY", 2L),
                    numbersAsLong(sql.row("SELECT t.TITLE, t.ISBN, t.HOLDING_TYPE, (SELECT COUNT(*) FROM"
                            + " CATALOGUE_COPY c WHERE c.TITLE_ID = t.ID) FROM CATALOGUE_TITLE t WHERE t.ID = ?", title)));
            assertEquals(List.of("G3-0002", "Қасымова Әйгерім Нұрланқызы", DUE),
                    sql.row("SELECT c.INVENTORY_NUMBER, l.BORROWER_NAME, l.DUE_DATE FROM LOAN l JOIN CATALOGUE_COPY c"
                            + " ON c.ID = l.OPEN_COPY_ID WHERE l.ID = ? AND l.RETURNED_AT IS NULL", loan));
            assertEquals(0, sql.number("SELECT COUNT(*) FROM LOAN WHERE OPEN_COPY_ID = ?", copy), "the other copy");
            assertEquals(1, sql.number("SELECT COUNT(*) FROM RESERVATION WHERE TITLE_ID = ? AND CLOSED_AT IS NULL",
                    title));

            assertEquals(List.of("Жасуша: сабақ жоспары", "Клетка: план урока", "PUBLISHED", "SHARED", 3L),
                    numbersAsLong(sql.row("SELECT TITLE_KK, TITLE_RU, STATUS, SHARE_STATE, DOWNLOADS FROM MATERIAL"
                            + " WHERE ID = ?", material)));
            assertEquals(List.of("Жасуша — сабақ жоспары.docx", "0123456789abcdef0123456789abcdef", 977L),
                    numbersAsLong(sql.row("SELECT ORIGINAL_NAME, STORED_NAME, SIZE_BYTES FROM MATERIAL_FILE"
                            + " WHERE ID = ? AND MATERIAL_ID = ?", file, material)));
            assertEquals(List.of("CREATED", "SUBMITTED", "APPROVED", "PUBLISHED"), sql.rows("SELECT STEP FROM"
                    + " MATERIAL_STEP WHERE MATERIAL_ID = ? ORDER BY ID", material).stream().map(r -> r.get(0)).toList());
            assertEquals(List.of("Жас маман бұрышы", true), sql.row("SELECT c.NAME, i.PINNED FROM CORNER_ITEM i"
                    + " JOIN CORNER c ON c.ID = i.CORNER_ID WHERE i.MATERIAL_ID = ?", material));
            assertEquals(List.of("Клетка: план урока", "SHARED", "Жасуша — сабақ жоспары.docx"), sql.row("SELECT"
                    + " s.TITLE_RU, s.STATE, f.ORIGINAL_NAME FROM DISTRICT_SHARE s JOIN DISTRICT_SHARE_FILE f"
                    + " ON f.SHARE_ID = s.ID WHERE s.ID = ? AND s.MATERIAL_ID = ?", share, material));
            assertEquals(List.of(5L, "Отличный план урока"), numbersAsLong(sql.row("SELECT r.STARS, c.BODY FROM"
                    + " MATERIAL_RATING r JOIN MATERIAL_COMMENT c ON c.MATERIAL_ID = r.MATERIAL_ID"
                    + " WHERE r.MATERIAL_ID = ? AND r.RATER_ACCOUNT_ID = ?", material, methodologist)));
            // The publication certificate moved into the domain's one register of certificates (V8, V102).
            assertEquals(List.of("RDN-7K2M-9QX4", "Жасуша: сабақ жоспары", DUE, "MATERIAL:" + school + ":" + material),
                    sql.row("SELECT CODE, TITLE, ISSUED_ON, SUBJECT_KEY FROM CERTIFICATE_REGISTER WHERE CODE = ?",
                            "RDN-7K2M-9QX4"));
        }

        /** Counts and numbers come back as Integer or Long depending on the database: compare them as Long. */
        private static List<Object> numbersAsLong(List<Object> row) {
            return row.stream().map(v -> v instanceof Integer || v instanceof Long || v instanceof Short
                    ? (Object) ((Number) v).longValue() : v).toList();
        }
    }
}
