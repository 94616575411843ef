package kz.rudny.cabinet.library.catalogue.control;

/** A title was added or changed; after the transaction commits, its searchable text goes into the index. */
public record TitleChanged(long schoolId, long titleId, String searchableText) {
}
