package kz.rudny.cabinet.domain.tenancy;

/** Thrown when school data is asked for and the caller belongs to no school: never "all schools". */
public class NoSchoolException extends RuntimeException {
    public NoSchoolException() {
        super("No school is known for this caller; school data is refused");
    }
}
