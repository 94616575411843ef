package kz.rudny.cabinet.mentoring.pairs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.rudny.cabinet.domain.errors.NotFoundException;
import kz.rudny.cabinet.domain.security.CurrentCaller;
import kz.rudny.cabinet.domain.security.Role;
import kz.rudny.cabinet.mentoring.pairs.entity.MentoringPair;

/**
 * Who reaches a pair: its mentor and young specialist, and the school methodologist (who sees every pair of the
 * school). Anyone else of the school finds no such pair, exactly as another school's people do.
 */
@ApplicationScoped
public class PairAccess {

    @Inject
    PairRecords records;

    @Inject
    CurrentCaller caller;

    /** The pair, if the caller may read it. */
    public MentoringPair readable(long pairId) {
        MentoringPair p = records.pair(pairId);
        if (!p.hasMember(caller.accountId()) && !caller.has(Role.SCHOOL_METHODOLOGIST)) {
            throw new NotFoundException(PairRecords.PAIR, pairId);
        }
        return p;
    }

    /** The pair, if the caller is its mentor (who keeps the plan, the notes and the report). */
    public MentoringPair asMentor(long pairId) {
        MentoringPair p = readable(pairId);
        if (p.getMentorAccountId() != caller.accountId()) {
            throw new NotFoundException(PairRecords.PAIR, pairId);
        }
        return p;
    }

    public boolean isMentor(MentoringPair p) {
        return p.getMentorAccountId() == caller.accountId();
    }

    public boolean isYoung(MentoringPair p) {
        return p.getYoungAccountId() == caller.accountId();
    }
}
