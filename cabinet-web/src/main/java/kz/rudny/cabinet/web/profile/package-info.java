/**
 * A person's own profile page: name, language, password.
 */
package kz.rudny.cabinet.web.profile;
