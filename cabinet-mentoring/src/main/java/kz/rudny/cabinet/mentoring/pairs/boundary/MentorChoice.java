package kz.rudny.cabinet.mentoring.pairs.boundary;

/** An experienced colleague who may mentor this year, with the mentees they already have and the limit. */
public record MentorChoice(long staffId, String fullName, String jobTitle, int mentees, int limit) {

    public boolean full() {
        return mentees >= limit;
    }
}
