package kz.rudny.cabinet.library.search.control;

/** A document to put into the index, or (document null) one to remove, once the transaction commits. */
public record IndexChange(SearchDocument document, DocumentKind kind, long schoolId, long id) {

    public static IndexChange put(SearchDocument document) {
        return new IndexChange(document, document.kind(), document.schoolId(), document.id());
    }

    public static IndexChange remove(DocumentKind kind, long schoolId, long id) {
        return new IndexChange(null, kind, schoolId, id);
    }
}
