package kz.rudny.cabinet.domain.people.boundary;

/**
 * A teacher's qualification category, in the order of the attestation rules (Order No. 83 of 27 January 2016
 * in the wording of 2 April 2024): педагог-стажер / педагог-тағылымдамашы (first year), педагог,
 * педагог-модератор, педагог-эксперт / педагог-сарапшы, педагог-исследователь / педагог-зерттеуші,
 * педагог-мастер / педагог-шебер. Shown through the bundles' {@code category.<NAME>} texts.
 */
public enum QualificationCategory {
    TRAINEE,
    TEACHER,
    MODERATOR,
    EXPERT,
    RESEARCHER,
    MASTER
}
