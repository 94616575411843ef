package kz.rudny.cabinet.domain.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Optional;
import kz.rudny.cabinet.domain.platform.boundary.ConfigKeys;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client's address and whether it came over TLS, for a request that may have passed a proxy or load balancer:
 * {@link ForwardedFor}'s rule with the trusted proxies of {@code cabinet.proxy.trusted} (none by default: the socket's
 * address), and TLS when the connection itself is, when {@code cabinet.proxy.tls} says that TLS ends at the proxy,
 * or when a trusted proxy says so in {@code X-Forwarded-Proto}.
 */
@ApplicationScoped
public class ClientAddresses {

    @Inject
    @ConfigProperty(name = ConfigKeys.PROXY_TRUSTED)
    Optional<String> trusted;

    @Inject
    @ConfigProperty(name = ConfigKeys.PROXY_TLS, defaultValue = "false")
    boolean tlsAtProxy;

    private ForwardedFor rule;

    @PostConstruct
    void read() {
        rule = ForwardedFor.of(trusted.orElse(""));
    }

    /** The address the sign-in throttle and the sign-in log count. */
    public String of(HttpServletRequest request) {
        return rule.clientAddress(request.getRemoteAddr(), joined(request, "X-Forwarded-For"));
    }

    /** Whether the person's browser reached the cabinet over TLS (cookies are then {@code Secure}). */
    public boolean overTls(HttpServletRequest request) {
        return request.isSecure() || tlsAtProxy
                || rule.forwardedOverTls(request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"));
    }

    /** Whether TLS always ends at the proxy ({@code cabinet.proxy.tls}). */
    public boolean tlsAtProxy() {
        return tlsAtProxy;
    }

    private static String joined(HttpServletRequest request, String header) {
        var values = request.getHeaders(header);
        return values == null || !values.hasMoreElements() ? null : String.join(",", Collections.list(values));
    }
}
