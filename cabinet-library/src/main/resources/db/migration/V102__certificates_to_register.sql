-- Publication certificates move into the domain's one register of certificates (V8), which events and other
-- modules share, so that one public page checks every code. Codes, names, titles and dates stay as they were.
INSERT INTO CERTIFICATE_REGISTER (CODE, KIND, SUBJECT_KEY, ORIGIN_SCHOOL_ID, HOLDER_NAME, HOLDER_POSITION,
                                  SCHOOL_NAME, TITLE, DATED, ISSUED_ON)
SELECT CODE, KIND,
       'MATERIAL:' || TRIM(CAST(ORIGIN_SCHOOL_ID AS CHAR(20))) || ':' || TRIM(CAST(MATERIAL_ID AS CHAR(20))),
       ORIGIN_SCHOOL_ID, AUTHOR_NAME, AUTHOR_POSITION, SCHOOL_NAME, MATERIAL_TITLE, APPROVED_ON, ISSUED_ON
FROM CERTIFICATE;

DROP TABLE CERTIFICATE;
