package kz.rudny.cabinet.domain.people.boundary;

/** A token just made: its entry, and the token itself, shown to its owner this once. */
public record NewApiToken(ApiTokenView view, String token) {
}
