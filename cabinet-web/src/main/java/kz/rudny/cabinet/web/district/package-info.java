/**
 * The district administrator's pages: the schools and a new school with its first methodologist.
 */
package kz.rudny.cabinet.web.district;
