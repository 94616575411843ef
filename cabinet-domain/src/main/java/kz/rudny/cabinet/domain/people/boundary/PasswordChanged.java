package kz.rudny.cabinet.domain.people.boundary;

/**
 * A person changed their own password: the profile's version before and after. The password is not a field of
 * the profile form, so a form opened at {@code before} is still current (see {@link ProfileForm#follow}).
 */
public record PasswordChanged(long profileVersionBefore, long profileVersionAfter) {
}
