/**
 * The home page after sign-in, by role.
 */
package kz.rudny.cabinet.web.home;
