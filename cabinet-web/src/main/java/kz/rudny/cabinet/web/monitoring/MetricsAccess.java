package kz.rudny.cabinet.web.monitoring;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import kz.rudny.cabinet.domain.security.Sha256;
import kz.rudny.cabinet.web.security.AuthorizationHeader;

/**
 * Lets the monitoring, and nobody else, read {@code /metrics} (Payara serves its MicroProfile Metrics endpoint
 * inside the application deployed at "/", so this filter stands before it): the scraper sends
 * {@code Authorization: Bearer <cabinet.metrics.token>}. Without the token configured (at least 32 characters)
 * the endpoint does not exist (404); a missing or wrong token gets 401. Signed-in people get nothing more than
 * anyone else: a session is never a way in.
 */
public class MetricsAccess extends HttpFilter {

    /** The configuration key of the scraper's token. */
    public static final String TOKEN = "cabinet.metrics.token";
    static final int SHORTEST_TOKEN = 32;

    private static final Logger LOG = Logger.getLogger(MetricsAccess.class.getName());

    @Inject
    @ConfigProperty(name = TOKEN)
    Optional<String> configured;

    private byte[] expected;

    @Override
    public void init() {
        expected = configured.filter(t -> t.strip().length() >= SHORTEST_TOKEN)
                .map(t -> Sha256.of(t.strip())).orElse(null);
        if (expected == null) {
            LOG.info(() -> "/metrics is off: " + TOKEN + " is not set (at least " + SHORTEST_TOKEN + " characters)");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (expected == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!allowed(request.getHeader("Authorization"), expected)) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The header carries the token; compared as digests in constant time, so timing tells nothing. */
    static boolean allowed(String authorization, byte[] expected) {
        return AuthorizationHeader.bearer(authorization)
                .map(token -> MessageDigest.isEqual(Sha256.of(token), expected)).orElse(false);
    }
}
