package kz.rudny.cabinet.domain.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import kz.rudny.cabinet.domain.people.entity.Account;

/**
 * The account's entity listener: any update or removal of an account (deactivated, roles or name changed, password
 * reset, ...) makes every instance forget what it kept of that caller ({@link CallerCache}): once when the change is
 * written and again after its commit ({@link CallerCache#forget}), so one callback each is enough.
 */
public class AccountChanges {

    @PostUpdate
    @PostRemove
    void changed(Account account) {
        CDI.current().select(CallerCache.class).get().forget(account.getUsername());
    }
}
