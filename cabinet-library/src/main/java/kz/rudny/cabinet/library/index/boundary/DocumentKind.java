package kz.rudny.cabinet.library.index.boundary;

import kz.rudny.cabinet.library.index.boundary.DocumentKind;

/** The two kinds of documents in the library index: physical catalogue titles and digital materials. */
public enum DocumentKind {
    /** A catalogue title (a book, a journal ...) held by a school's library. */
    TITLE,
    /** A digital material uploaded by a teacher (a lesson plan, a presentation ...), with its files' text. */
    MATERIAL
}
