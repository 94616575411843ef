package kz.rudny.cabinet.domain.people.boundary;

/**
 * A district account just created: its id, and the first password when it was generated (to be handed to the
 * person once; it is stored only as a hash), else null.
 */
public record NewDistrictAccount(long id, String generatedPassword) {
}
