package kz.rudny.cabinet.domain.people.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import kz.rudny.cabinet.domain.people.entity.ApiToken;

/** One of a person's API tokens as their page lists it (never the token itself, which is not kept). */
public record ApiTokenView(long id, String name, LocalDateTime createdAt, LocalDateTime lastUsedAt,
                           LocalDate expiresOn, LocalDateTime revokedAt, boolean usable)
        implements Serializable {

    static ApiTokenView of(ApiToken t, LocalDate today) {
        return new ApiTokenView(t.getId(), t.getName(), t.getCreatedAt(), t.getLastUsedAt(), t.getExpiresOn(),
                t.getRevokedAt(), t.isUsable(today));
    }
}
