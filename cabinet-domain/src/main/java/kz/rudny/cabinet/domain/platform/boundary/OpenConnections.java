package kz.rudny.cabinet.domain.platform.boundary;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database connections the container's pool holds open now: each physical connection {@link ConfiguredDataSource}
 * makes is counted until it is closed. Payara's pool opens them as demand rises (up to the pool's maximum) and closes
 * idle ones after a while, so the count follows the recent peak of connections in use; reaching the maximum means
 * requests may be waiting for one. For {@code /metrics} ({@code cabinet_pool_connections_open}): Payara 6 publishes
 * no statistics of a pool an application declares itself (README "Metrics and logs").
 */
public final class OpenConnections {

    private static final AtomicInteger OPEN = new AtomicInteger();

    private OpenConnections() {
    }

    public static int count() {
        return OPEN.get();
    }

    /** The connection, counted until its first {@code close()}; every call goes to it unchanged. */
    static Connection counted(Connection connection) {
        OPEN.incrementAndGet();
        AtomicBoolean closed = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(OpenConnections.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (isClose(method) && closed.compareAndSet(false, true)) {
                        OPEN.decrementAndGet();
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static boolean isClose(Method method) {
        return method.getName().equals("close") && method.getParameterCount() == 0;
    }
}
