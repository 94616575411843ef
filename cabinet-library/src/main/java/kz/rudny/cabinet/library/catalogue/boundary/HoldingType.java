package kz.rudny.cabinet.library.catalogue.boundary;

/** The kinds of holdings a methodical cabinet keeps (from the seed document). */
public enum HoldingType {
    METHODICAL_GUIDELINE,
    LITERATURE,
    REFERENCE_BOOK,
    DICTIONARY,
    SCIENTIFIC_METHODICAL_PUBLICATION,
    PERIODICAL
}
