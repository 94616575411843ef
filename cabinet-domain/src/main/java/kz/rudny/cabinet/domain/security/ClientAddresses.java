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
 * The client's address for a request that may have passed a proxy or load balancer: {@link ForwardedFor}'s rule with
 * the trusted proxies of {@code cabinet.proxy.trusted} (none by default: the socket's address); and whether TLS
 * always ends at such a proxy ({@code cabinet.proxy.tls}).
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

    /**
     * Whether the person's connection is TLS, for the {@code Secure} mark of a cookie: to this server itself, or to
     * a proxy that always ends it ({@code cabinet.proxy.tls}), or to a trusted proxy that says so in
     * {@code X-Forwarded-Proto}.
     */
    public boolean secure(HttpServletRequest request) {
        return request.isSecure() || tlsAtProxy
                || rule.forwardedOverTls(request.getRemoteAddr(), joined(request, "X-Forwarded-Proto"));
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
