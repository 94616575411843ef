-- The Cambridge-programme mark now comes from a course the methodologist confirmed in the cabinet (the mentoring
-- module's courses): CAMBRIDGE_CONFIRMED. CAMBRIDGE_COURSES keeps the manual mark, which from now on means only
-- "passed the Cambridge-programme level courses BEFORE the cabinet kept courses": every mark set so far was set by
-- hand for such courses, so the existing marks migrate as they are. A teacher has the mark with either.
ALTER TABLE STAFF_MEMBER ADD COLUMN CAMBRIDGE_CONFIRMED BOOLEAN DEFAULT FALSE NOT NULL;
