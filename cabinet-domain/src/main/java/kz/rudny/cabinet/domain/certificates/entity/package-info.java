/**
 * The public register of issued certificates of every module: code, kind, what it is for, the holder, the school
 * and dates, written once per subject and kind (a reviewed district-level table, read across schools by the code
 * check).
 */
package kz.rudny.cabinet.domain.certificates.entity;
