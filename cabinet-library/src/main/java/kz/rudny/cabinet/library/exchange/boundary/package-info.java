/**
 * Best practice across the town: a school methodologist shares a published material with the district, district
 * methodologists feature or withdraw it, everyone reads, downloads, rates and comments the shared copy with its
 * school of origin.
 */
package kz.rudny.cabinet.library.exchange.boundary;
