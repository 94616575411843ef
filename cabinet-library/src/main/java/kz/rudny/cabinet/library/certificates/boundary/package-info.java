/**
 * Publication certificates: the author (or the school methodologist) downloads a PDF for an approved material
 * and another once it is featured in the district; anyone checks a code on the public verification page and sees
 * only what the certificate states.
 */
package kz.rudny.cabinet.library.certificates.boundary;
