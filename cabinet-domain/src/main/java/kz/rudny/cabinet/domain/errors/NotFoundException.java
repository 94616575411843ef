package kz.rudny.cabinet.domain.errors;

/**
 * The record does not exist for this caller. Another school's record is reported exactly like a missing
 * one, so ids of other schools reveal nothing.
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
