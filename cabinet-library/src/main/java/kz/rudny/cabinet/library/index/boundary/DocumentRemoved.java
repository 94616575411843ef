package kz.rudny.cabinet.library.index.boundary;

/** A document stopped being findable (a material returned or deleted): it leaves the index once the transaction commits. */
public record DocumentRemoved(DocumentKind kind, long schoolId, long id) {
}
