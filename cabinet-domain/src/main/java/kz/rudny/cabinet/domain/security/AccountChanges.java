package kz.rudny.cabinet.domain.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import kz.rudny.cabinet.domain.people.entity.Account;

/**
 * The account's entity listener: any update or removal of an account (deactivated, roles or name changed, password
 * reset, ...) makes every instance forget what it kept of that caller ({@link CallerCache}).
 */
public class AccountChanges {

    @PreUpdate
    @PostUpdate
    @PreRemove
    @PostRemove
    void changed(Account account) {
        CDI.current().select(CallerCache.class).get().forget(account.getUsername());
    }
}
