-- Whether a teacher passed the Cambridge-programme level courses (the best-practice corner marks their materials).
ALTER TABLE STAFF_MEMBER ADD COLUMN CAMBRIDGE_COURSES BOOLEAN DEFAULT FALSE NOT NULL;
