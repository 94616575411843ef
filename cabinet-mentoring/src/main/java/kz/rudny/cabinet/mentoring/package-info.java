/**
 * The Mentoring module (to come): young specialists and their mentors, mentoring plans, lesson-visit logs and
 * the mentor's report; self-education topics; courses and the three-year rule; attestation readiness.
 */
package kz.rudny.cabinet.mentoring;
