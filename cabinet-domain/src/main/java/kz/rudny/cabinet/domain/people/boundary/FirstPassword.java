package kz.rudny.cabinet.domain.people.boundary;

/**
 * A generated first password, to be handed to the person once and never stored in clear; the person must
 * replace it at the first sign-in.
 */
public record FirstPassword(long staffId, String username, String password) {

    @Override
    public String toString() { // never in a log by accident
        return "FirstPassword[staffId=" + staffId + ", username=" + username + "]";
    }
}
