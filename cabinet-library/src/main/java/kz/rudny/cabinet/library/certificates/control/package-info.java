/**
 * Publication certificates: their verification codes, what they state and the one-page PDF a teacher puts
 * in the attestation portfolio. Pure parts without storage or web; internal to the library module.
 */
package kz.rudny.cabinet.library.certificates.control;
