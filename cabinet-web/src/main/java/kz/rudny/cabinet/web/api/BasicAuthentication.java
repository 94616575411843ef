package kz.rudny.cabinet.web.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import kz.rudny.cabinet.domain.people.boundary.SignIn;
import kz.rudny.cabinet.domain.security.ApiCaller;
import kz.rudny.cabinet.domain.security.ApiTokenCredential;
import kz.rudny.cabinet.domain.security.ClientAddresses;
import kz.rudny.cabinet.web.support.Texts;
import kz.rudny.cabinet.web.security.AuthorizationHeader;

/**
 * Signs every API request in with HTTP Basic (RFC 7617, UTF-8) or a personal API token ({@code Authorization:
 * Bearer}, checked by its digest: no password hash, no throttle), before anything else of JAX-RS runs. The
 * credentials go through Jakarta Security's identity store handler ({@link ApiCaller#signIn}), so the accounts'
 * identity store checks them exactly as for the sign-in form: the same accounts and roles, the same throttle
 * per account and address, every attempt logged. The account is the caller for this request only: no session,
 * no cookie; a browser's session cookie does not sign an API request in. Missing or wrong credentials: 401 with
 * a {@code WWW-Authenticate} challenge; while the throttle holds the account for this address: 429 with
 * {@code Retry-After}.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class BasicAuthentication implements ContainerRequestFilter {

    static final String CHALLENGE = "Basic realm=\"cabinet\", charset=\"UTF-8\"";
    /** Offered beside Basic: a personal API token (README "REST API"). */
    static final String TOKEN_CHALLENGE = "Bearer realm=\"cabinet\"";

    @Inject
    ApiCaller api;

    @Inject
    SignIn signIn;

    @Inject
    ApiLanguage language;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddresses addresses;

    @Override
    public void filter(ContainerRequestContext context) {
        String authorization = context.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<String> token = AuthorizationHeader.bearer(authorization);
        if (token.isPresent()) {
            // A personal API token: a digest lookup, no password hash and no throttle (256 random bits).
            if (api.signIn(new ApiTokenCredential(token.get())) != CredentialValidationResult.Status.VALID) {
                context.abortWith(unauthorized(Texts.ui(language.locale(), "api.tokenRefused")));
            }
            return;
        }
        Optional<UsernamePasswordCredential> credential = credential(authorization);
        if (credential.isEmpty()) {
            context.abortWith(unauthorized(Texts.ui(language.locale(), "api.unauthorized")));
            return;
        }
        UsernamePasswordCredential given = credential.get();
        try {
            if (api.signIn(given) == CredentialValidationResult.Status.VALID) {
                return;
            }
        } finally {
            given.getPassword().clear();
        }
        Locale locale = language.locale();
        Duration wait = signIn.waitFor(given.getCaller(), addresses.of(request));
        if (!wait.isZero()) {
            long seconds = Math.max(1, wait.toSeconds());
            context.abortWith(Response.status(429).type(MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.RETRY_AFTER, seconds)
                    .entity(ApiProblem.of(429, "throttled", Texts.ui(locale, "login.throttled", (seconds + 59) / 60)))
                    .build());
            return;
        }
        context.abortWith(unauthorized(Texts.ui(locale, "login.failed")));
    }

    static Response unauthorized(String message) {
        return Response.status(Response.Status.UNAUTHORIZED).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).header(HttpHeaders.WWW_AUTHENTICATE, TOKEN_CHALLENGE)
                .entity(ApiProblem.of(401, "unauthorized", message)).build();
    }

    /** The user name and password of an {@code Authorization: Basic} header, decoded as UTF-8. */
    static Optional<UsernamePasswordCredential> credential(String header) {
        if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(header.substring(6).strip());
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        CharBuffer chars;
        try {
            chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(decoded));
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        } finally {
            Arrays.fill(decoded, (byte) 0);
        }
        char[] pair = new char[chars.remaining()];
        chars.get(pair);
        int colon = -1;
        for (int i = 0; i < pair.length; i++) {
            if (pair[i] == ':') {
                colon = i;
                break;
            }
        }
        try {
            if (colon <= 0) {
                return Optional.empty();
            }
            String username = new String(pair, 0, colon);
            char[] password = Arrays.copyOfRange(pair, colon + 1, pair.length);
            return Optional.of(new UsernamePasswordCredential(username, new Password(password)));
        } finally {
            Arrays.fill(pair, '\0');
        }
    }
}
