/**
 * Signing in and out with the Faces form, the security configuration, the security headers on every response,
 * and the upload limit checked before a request body is read.
 */
package kz.rudny.cabinet.web.security;
