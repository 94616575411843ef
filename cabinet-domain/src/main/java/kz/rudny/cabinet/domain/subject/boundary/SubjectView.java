package kz.rudny.cabinet.domain.subject.boundary;

/** A subject, named in the language asked for. */
public record SubjectView(long id, String code, String name) {
}
