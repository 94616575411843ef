/**
 * Who is calling and what they may do: roles, the current caller (always derived from the signed-in
 * account: the sign-in form's session, or the REST API's HTTP Basic credentials checked per request by
 * {@link kz.rudny.cabinet.domain.security.ApiCaller}), the {@code @Allowed} check every boundary method
 * carries, and password rules.
 */
package kz.rudny.cabinet.domain.security;
