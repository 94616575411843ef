package kz.rudny.cabinet.domain.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * A personal API token as an {@code Authorization: Bearer} header gave it, checked by the tokens' identity store
 * (the accounts' identity store leaves it alone, as it leaves anything but a user name and password).
 */
public final class ApiTokenCredential implements Credential {

    private final String token;

    public ApiTokenCredential(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    @Override
    public boolean isValid() {
        return token != null && !token.isBlank();
    }
}
