package kz.rudny.cabinet.domain.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ForwardedForTest {

    private final ForwardedFor noProxy = ForwardedFor.of("");
    private final ForwardedFor balancer = ForwardedFor.of("10.0.0.5");
    private final ForwardedFor twoProxies = ForwardedFor.of("10.0.0.5, 10.0.0.6 2001:db8::1");

    @Test
    void onlyATrustedProxySaysTheClientCameOverTls() {
        assertTrue(balancer.forwardedOverTls("10.0.0.5", "https"));
        assertTrue(balancer.forwardedOverTls("10.0.0.5", "http, HTTPS "), "the nearest proxy's word counts");
        assertFalse(balancer.forwardedOverTls("10.0.0.5", "https, http"));
        assertFalse(balancer.forwardedOverTls("10.0.0.5", null));
        assertFalse(balancer.forwardedOverTls("203.0.113.7", "https"), "a client's own header is ignored");
        assertFalse(noProxy.forwardedOverTls("10.0.0.5", "https"));
    }

    @Test
    void withoutTrustedProxiesTheSocketAddressIsTheClientWhateverTheHeaderSays() {
        assertEquals("203.0.113.7", noProxy.clientAddress("203.0.113.7", "198.51.100.1"));
        assertEquals("10.0.0.5", noProxy.clientAddress("10.0.0.5", "198.51.100.1"));
        assertEquals("203.0.113.7", noProxy.clientAddress("203.0.113.7", null));
    }

    @Test
    void aForgedHeaderFromAnUntrustedAddressIsIgnored() {
        assertEquals("203.0.113.7", balancer.clientAddress("203.0.113.7", "10.0.0.5"));
        assertEquals("203.0.113.7", balancer.clientAddress("203.0.113.7", "198.51.100.1, 10.0.0.5"));
    }

    @Test
    void fromATrustedProxyTheAddressItAppendedIsTheClient() {
        assertEquals("198.51.100.1", balancer.clientAddress("10.0.0.5", "198.51.100.1"));
        assertEquals("198.51.100.1", balancer.clientAddress("10.0.0.5", " 198.51.100.1 "));
    }

    @Test
    void entriesAClientForgedBeforeTheProxyAreNeverReached() {
        // The client sent "X-Forwarded-For: 192.0.2.99"; the balancer appended the address it saw.
        assertEquals("198.51.100.1", balancer.clientAddress("10.0.0.5", "192.0.2.99, 198.51.100.1"));
        assertEquals("198.51.100.1", balancer.clientAddress("10.0.0.5", "10.0.0.5, 198.51.100.1"));
    }

    @Test
    void aChainOfTrustedProxiesIsWalkedFromTheRight() {
        assertEquals("198.51.100.1", twoProxies.clientAddress("10.0.0.5", "192.0.2.99, 198.51.100.1, 10.0.0.6"));
        assertEquals("2001:db8::7", twoProxies.clientAddress("2001:DB8::1", "2001:db8::7, 10.0.0.6"));
    }

    @Test
    void whenEveryHopIsATrustedProxyTheLeftmostIsTheClient() {
        assertEquals("10.0.0.6", twoProxies.clientAddress("10.0.0.5", "10.0.0.6"));
    }

    @Test
    void aHeaderThatIsNotAnAddressStopsAtTheLastTrustedHop() {
        assertEquals("10.0.0.5", balancer.clientAddress("10.0.0.5", "unknown"));
        assertEquals("10.0.0.5", balancer.clientAddress("10.0.0.5", "198.51.100.1, evil.example"));
        assertEquals("10.0.0.6", twoProxies.clientAddress("10.0.0.5", "<script>, 10.0.0.6"));
        assertEquals("10.0.0.5", balancer.clientAddress("10.0.0.5", ""));
        assertEquals("10.0.0.5", balancer.clientAddress("10.0.0.5", null));
    }
}
