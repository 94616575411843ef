/**
 * Best practice across the town: the feed, a shared material's page, and the ratings and comments block.
 */
package kz.rudny.cabinet.web.exchange;
