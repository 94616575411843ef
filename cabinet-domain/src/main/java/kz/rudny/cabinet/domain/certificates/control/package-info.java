/** The certificates' verification codes: made at random, read back from what people type. */
package kz.rudny.cabinet.domain.certificates.control;
