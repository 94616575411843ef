/** The one way a growing list is paged and sorted on the server. */
package kz.rudny.cabinet.domain.paging;
