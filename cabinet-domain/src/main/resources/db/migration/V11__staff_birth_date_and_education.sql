-- The staff record's birth date and highest education (for the department's qualitative composition: age bands and
-- education). Both stay empty for the records kept so far: unknown until the school enters them.
ALTER TABLE STAFF_MEMBER ADD COLUMN BIRTH_DATE DATE;
ALTER TABLE STAFF_MEMBER ADD COLUMN EDUCATION VARCHAR(30);
