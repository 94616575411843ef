package kz.rudny.cabinet.web.security;

import java.util.Optional;

/** What an {@code Authorization} header carries: the REST API's and the monitoring's way of reading a bearer token. */
public final class AuthorizationHeader {

    private AuthorizationHeader() {
    }

    /** The token of an {@code Authorization: Bearer <token>} header (the scheme's name in any case). */
    public static Optional<String> bearer(String header) {
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).strip());
    }
}
