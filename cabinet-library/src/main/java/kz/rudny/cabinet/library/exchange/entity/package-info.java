/**
 * The district exchange as stored, at district level by design (a reviewed list): the copy of each shared
 * material with its files, and the ratings and comments on materials, keyed by the material's school.
 */
package kz.rudny.cabinet.library.exchange.entity;
