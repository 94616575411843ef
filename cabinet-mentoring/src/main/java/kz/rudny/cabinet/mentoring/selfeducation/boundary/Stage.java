package kz.rudny.cabinet.mentoring.selfeducation.boundary;

/**
 * The stages of work on a self-education topic, in order (texts {@code selfEducation.stage.<NAME>}): preparatory,
 * diagnostic, practical, generalisation of experience.
 */
public enum Stage {
    PREPARATORY,
    DIAGNOSTIC,
    PRACTICAL,
    GENERALISATION
}
