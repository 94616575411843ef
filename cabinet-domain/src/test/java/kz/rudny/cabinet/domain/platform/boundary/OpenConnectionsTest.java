package kz.rudny.cabinet.domain.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A physical connection counts from its making to its first close; every call reaches it unchanged. */
class OpenConnectionsTest {

    private final List<String> calls = new ArrayList<>();

    @Test
    void aConnectionCountsUntilItsFirstClose() throws Exception {
        int before = OpenConnections.count();
        Connection first = OpenConnections.counted(fake());
        Connection second = OpenConnections.counted(fake());
        assertEquals(before + 2, OpenConnections.count());

        first.close();
        first.close();
        assertEquals(before + 1, OpenConnections.count(), "closed twice, counted once");
        second.close();
        assertEquals(before, OpenConnections.count());
        assertEquals(List.of("close", "close", "close"), calls);
    }

    @Test
    void callsAndTheirFailuresReachTheCallerUnchanged() throws Exception {
        Connection counted = OpenConnections.counted(fake());
        assertEquals("jdbc:fake", counted.getCatalog());
        SQLException refused = assertThrows(SQLException.class, () -> counted.setAutoCommit(false));
        assertEquals("no", refused.getMessage());
        counted.close();
    }

    private Connection fake() {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    calls.add(method.getName());
                    return switch (method.getName()) {
                        case "getCatalog" -> "jdbc:fake";
                        case "setAutoCommit" -> throw new SQLException("no");
                        default -> null;
                    };
                });
    }
}
