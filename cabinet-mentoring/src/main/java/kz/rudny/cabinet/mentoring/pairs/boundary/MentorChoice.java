package kz.rudny.cabinet.mentoring.pairs.boundary;

import java.io.Serializable;

/** An experienced colleague who may mentor this year, with the mentees they already have and the limit. */
public record MentorChoice(long staffId, String fullName, String jobTitle, int mentees, int limit)
        implements Serializable {

    public boolean full() {
        return mentees >= limit;
    }
}
