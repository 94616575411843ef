package kz.rudny.cabinet.domain.people.boundary;

/**
 * A teacher's highest education, as the education department's "qualitative composition" tables split it (сапалық
 * құрамы / качественный состав): higher pedagogical, higher non-pedagogical, technical and vocational (a college,
 * среднее специальное), pedagogical or not; postgraduate (a master's degree or PhD) above them. Shown through the
 * bundles' {@code educationLevel.<NAME>} texts; the order is the one the tables list them in.
 */
public enum EducationLevel {
    /** Жоғары оқу орнынан кейінгі / послевузовское: магистр, доктор PhD. */
    POSTGRADUATE,
    /** Жоғары педагогикалық / высшее педагогическое. */
    HIGHER_PEDAGOGICAL,
    /** Жоғары, педагогикалық емес / высшее непедагогическое. */
    HIGHER_OTHER,
    /** Орта арнаулы педагогикалық (колледж) / среднее специальное педагогическое. */
    VOCATIONAL_PEDAGOGICAL,
    /** Орта арнаулы, педагогикалық емес (колледж) / среднее специальное непедагогическое. */
    VOCATIONAL_OTHER
}
