package kz.rudny.cabinet.mentoring.pairs.boundary;

/** A note on the young specialist: a difficulty met, or progress made. Texts: {@code mentoring.note.*}. */
public enum NoteKind {
    DIFFICULTY,
    PROGRESS
}
