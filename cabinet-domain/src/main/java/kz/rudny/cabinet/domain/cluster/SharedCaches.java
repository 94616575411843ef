package kz.rudny.cabinet.domain.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.ModifiedExpiryPolicy;

/**
 * The caches of the server's data grid, through the standard JCache API and the {@link CacheManager} Payara provides
 * (Hazelcast's, cluster-wide: what one instance puts, removes or replaces, every instance sees at once). The values
 * are JDK types only (strings, string arrays), so any instance reads them whatever application class loader wrote
 * them. A cache is created by the first instance that asks for it; its entries live in the grid, not in this bean.
 */
@ApplicationScoped
public class SharedCaches {

    /** How long an entry lives: counted from its creation, or from its last change. */
    public enum Lifetime {
        FROM_CREATION, FROM_CHANGE
    }

    @Inject
    CacheManager manager;

    private final Map<String, Cache<String, ?>> opened = new ConcurrentHashMap<>();

    /** The named cache of the grid, created with this lifetime for its entries if no instance has created it yet. */
    @SuppressWarnings("unchecked")
    public <V> Cache<String, V> cache(String name, Lifetime lifetime, Duration life) {
        return (Cache<String, V>) opened.computeIfAbsent(name, n -> open(manager, n, lifetime, life));
    }

    /** Opens (or creates) a cache in this manager: also what the unit tests use with a JCache of their own. */
    public static <V> Cache<String, V> open(CacheManager manager, String name, Lifetime lifetime, Duration life) {
        Cache<String, V> cache = manager.getCache(name);
        if (cache != null) {
            return cache;
        }
        javax.cache.expiry.Duration expiry = new javax.cache.expiry.Duration(TimeUnit.SECONDS, life.toSeconds());
        MutableConfiguration<String, V> config = new MutableConfiguration<String, V>()
                .setExpiryPolicyFactory(lifetime == Lifetime.FROM_CREATION
                        ? CreatedExpiryPolicy.factoryOf(expiry) : ModifiedExpiryPolicy.factoryOf(expiry))
                .setStoreByValue(true);
        try {
            return manager.createCache(name, config);
        } catch (CacheException createdMeanwhile) { // by another instance or thread
            Cache<String, V> other = manager.getCache(name);
            if (other == null) {
                throw createdMeanwhile;
            }
            return other;
        }
    }
}
