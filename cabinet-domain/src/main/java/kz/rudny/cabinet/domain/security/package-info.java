/**
 * Who is calling and what they may do: roles, the current caller (always derived from the signed-in
 * account), the {@code @Allowed} check every boundary method carries, and password rules.
 */
package kz.rudny.cabinet.domain.security;
