-- Scheduled work once per cluster: each routine (SchoolRoutines, the orphan sweep) has a row here, and an instance
-- runs it only after winning the row with an UPDATE whose condition only one instance can meet (the lease has run
-- out). The row also keeps the routine's last run, for the monitoring. District-level: no school's data.
-- (V21, not the next free number: numbers of this range just above V11 are left to other work in progress.)
CREATE TABLE ROUTINE_RUN (
    NAME VARCHAR(100) NOT NULL PRIMARY KEY,
    HOLDER VARCHAR(200),
    LEASE_UNTIL TIMESTAMP,
    LAST_STARTED_AT TIMESTAMP,
    LAST_FINISHED_AT TIMESTAMP,
    LAST_RUN_BY VARCHAR(200)
);
