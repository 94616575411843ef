/**
 * The public register of issued certificates: code, kind, material, author, school and dates, written once per
 * material and kind (a reviewed district-level table, read across schools by the code check).
 */
package kz.rudny.cabinet.library.certificates.entity;
