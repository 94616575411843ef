package kz.rudny.cabinet.domain.errors;

/** The caller is not allowed to do this, whatever the record. */
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
