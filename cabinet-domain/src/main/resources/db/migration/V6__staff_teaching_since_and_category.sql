-- The date a person started teaching replaces the year (a year becomes 1 September of it, the start of that
-- academic year); the qualification category; accounts whose password someone else chose must change it at
-- the next sign-in. Portable SQL: Derby and PostgreSQL both take every statement as written.
ALTER TABLE STAFF_MEMBER ADD COLUMN TEACHING_SINCE DATE;
UPDATE STAFF_MEMBER SET TEACHING_SINCE = CAST(CAST(CAREER_START_YEAR AS CHAR(4)) || '-09-01' AS DATE)
    WHERE CAREER_START_YEAR IS NOT NULL;
ALTER TABLE STAFF_MEMBER DROP COLUMN CAREER_START_YEAR;
ALTER TABLE STAFF_MEMBER ADD COLUMN CATEGORY VARCHAR(20);
ALTER TABLE ACCOUNT ADD COLUMN PASSWORD_CHANGE_REQUIRED BOOLEAN DEFAULT FALSE NOT NULL;
