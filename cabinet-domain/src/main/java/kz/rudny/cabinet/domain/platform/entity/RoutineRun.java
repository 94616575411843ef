package kz.rudny.cabinet.domain.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * DISTRICT-LEVEL (reviewed): one routine of scheduled work (reminders, the daily recount, the orphan sweep) and who
 * may run it now. An instance of a cluster runs a routine only while it holds the lease ({@link #TAKE}: an update
 * that only one instance wins); the row keeps the last run (times in UTC) for the monitoring. No school's data.
 */
@Entity
@Table(name = "ROUTINE_RUN")
@NamedQuery(name = RoutineRun.TAKE, query = "UPDATE RoutineRun r SET r.holder = :holder, r.leaseUntil = :until "
        + "WHERE r.name = :name AND (r.leaseUntil IS NULL OR r.leaseUntil < :now OR r.holder = :holder)")
@NamedQuery(name = RoutineRun.FINISHED, query = "UPDATE RoutineRun r SET r.lastFinishedAt = :at "
        + "WHERE r.name = :name AND r.holder = :holder")
public class RoutineRun {

    /** Takes the lease of {@code name} for {@code holder} until {@code until} when it has run out at {@code now}. */
    public static final String TAKE = "RoutineRun.take";
    /** Records the end of the run that {@code holder} started. */
    public static final String FINISHED = "RoutineRun.finished";

    @Id
    @Column(name = "NAME", length = 100)
    private String name;

    @Column(name = "HOLDER", length = 200)
    private String holder;

    @Column(name = "LEASE_UNTIL")
    private LocalDateTime leaseUntil;

    @Column(name = "LAST_STARTED_AT")
    private LocalDateTime lastStartedAt;

    @Column(name = "LAST_FINISHED_AT")
    private LocalDateTime lastFinishedAt;

    @Column(name = "LAST_RUN_BY", length = 200)
    private String lastRunBy;

    protected RoutineRun() {
    }

    /** A routine seen for the first time, its lease taken at once by the one who saw it. */
    public RoutineRun(String name, String holder, LocalDateTime now, LocalDateTime until) {
        this.name = name;
        this.holder = holder;
        this.leaseUntil = until;
        started(holder, now);
    }

    public void started(String by, LocalDateTime at) {
        this.lastRunBy = by;
        this.lastStartedAt = at;
    }

    public String getName() {
        return name;
    }

    public String getHolder() {
        return holder;
    }

    public LocalDateTime getLeaseUntil() {
        return leaseUntil;
    }

    public LocalDateTime getLastStartedAt() {
        return lastStartedAt;
    }

    public LocalDateTime getLastFinishedAt() {
        return lastFinishedAt;
    }

    public String getLastRunBy() {
        return lastRunBy;
    }
}
