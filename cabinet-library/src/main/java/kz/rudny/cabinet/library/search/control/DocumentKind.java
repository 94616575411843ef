package kz.rudny.cabinet.library.search.control;

/** The two kinds of documents in the {@link LibraryIndex}: physical catalogue titles and digital materials. */
public enum DocumentKind {
    /** A catalogue title (a book, a journal ...) held by a school's library. */
    TITLE,
    /** A digital material uploaded by a teacher (a lesson plan, a presentation ...), with its files' text. */
    MATERIAL
}
