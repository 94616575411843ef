/**
 * What every page's layout needs: the interface language chosen for the session or the person.
 */
package kz.rudny.cabinet.web.layout;
