package kz.rudny.cabinet.library.search.boundary;

/** A hit is a catalogue title (a book on the shelf) or a digital material. */
public enum FoundKind {
    TITLE, MATERIAL
}
