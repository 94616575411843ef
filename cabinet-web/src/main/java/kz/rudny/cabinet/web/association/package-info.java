/**
 * The school's methodical associations: the list and one association's page with its head and members.
 */
package kz.rudny.cabinet.web.association;
