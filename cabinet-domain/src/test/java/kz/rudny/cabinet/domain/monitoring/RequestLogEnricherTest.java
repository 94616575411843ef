package kz.rudny.cabinet.domain.monitoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The request's id (and the account's id, nothing more) reach the log records of the application's loggers. */
class RequestLogEnricherTest {

    private final List<LogRecord> seen = new ArrayList<>();
    private final Logger logger = Logger.getLogger(RequestLogEnricher.LOGGER + ".library.Something");
    /** Stands for the server's handler, which comes after the enricher (on the root logger). */
    private final Handler server = new Handler() {
        @Override
        public void publish(LogRecord record) {
            seen.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final RequestLogEnricher enricher = RequestLogEnricher.install();

    RequestLogEnricherTest() {
        Logger.getLogger("").addHandler(server);
    }

    @AfterEach
    void tidy() {
        enricher.uninstall();
        Logger.getLogger("").removeHandler(server);
        RequestContext.end();
    }

    @Test
    void aRecordMadeWhileARequestIsServedCarriesItsIdAndTheAccountsId() {
        RequestContext.begin("lb-12345678");
        RequestContext.signedIn(42);
        logger.log(Level.WARNING, "Loan {0} refused for copy {1}", new Object[] {7, "A-1"});

        LogRecord record = seen.get(0);
        assertEquals(Map.of("requestId", "lb-12345678", "accountId", "42"), record.getParameters()[2]);
        assertEquals("Loan 7 refused for copy A-1", new SimpleFormatter().formatMessage(record),
                "the message's own parameters keep their places");
    }

    @Test
    void beforeSignInOnlyTheRequestIdIsAdded() {
        RequestContext.begin("abcdef123456");
        logger.info("Sign-in page shown");
        assertEquals(Map.of("requestId", "abcdef123456"), seen.get(0).getParameters()[0]);
        assertEquals("Sign-in page shown", new SimpleFormatter().formatMessage(seen.get(0)));
    }

    @Test
    void outsideARequestNothingIsAdded() {
        logger.log(Level.INFO, "Orphan sweep removed {0} files", 3);
        assertArrayEquals(new Object[] {3}, seen.get(0).getParameters());
        RequestContext.begin("abcdef123456");
        RequestContext.end();
        logger.info("Timer ran");
        assertNull(seen.get(1).getParameters());
    }

    @Test
    void aValidIncomingIdIsKeptAndAnythingElseReplacedByANewOne() {
        assertEquals("lb-4f2a9c1e-77", RequestContext.idFrom("lb-4f2a9c1e-77"));
        for (String bad : new String[] {null, "", "short", "x\" level=SEVERE", "a\nb-12345678", "x".repeat(65),
                "Қазақ-12345678"}) {
            String id = RequestContext.idFrom(bad);
            assertTrue(id.matches("[0-9a-f]{24}"), bad + " -> " + id);
            assertNotEquals(bad, id);
        }
        assertNotEquals(RequestContext.idFrom(null), RequestContext.idFrom(null));
    }
}
