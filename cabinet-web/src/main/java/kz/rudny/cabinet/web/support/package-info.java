/**
 * Shared helpers of the pages: lazy paging, choices for selects, texts from the bundles, times in the configured
 * zone, sizes, attachments, and the exception handler that turns a boundary's error into a message by the field
 * or an error page.
 */
package kz.rudny.cabinet.web.support;
