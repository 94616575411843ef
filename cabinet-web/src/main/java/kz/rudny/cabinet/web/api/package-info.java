/**
 * The REST API ({@code /api}, JAX-RS) for digital materials, the district exchange, events and the dashboard's
 * figures: HTTP Basic per request, JSON, problems as {@code ApiProblem} in the caller's language. It calls the same
 * boundaries as the pages.
 */
package kz.rudny.cabinet.web.api;
