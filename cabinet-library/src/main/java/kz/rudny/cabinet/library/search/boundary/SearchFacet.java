package kz.rudny.cabinet.library.search.boundary;

/** What search results can be narrowed by; SCHOOL only in the district view. */
public enum SearchFacet {
    KIND, TYPE, SUBJECT, GRADE, LANGUAGE, CORNER, ACADEMIC_YEAR, SCHOOL
}
