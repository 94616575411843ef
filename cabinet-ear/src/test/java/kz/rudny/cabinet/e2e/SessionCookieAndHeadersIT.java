package kz.rudny.cabinet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The session cookie and the security headers as the server really sends them (quality checks 5 and 9): the
 * {@code Set-Cookie} header itself, the sign-in redirect, and the Content-Security-Policy without
 * {@code 'unsafe-inline'} or {@code 'unsafe-eval'} for scripts.
 */
class SessionCookieAndHeadersIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]+)'");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxWhenMadeAndWhenRenewedAtSignIn() throws Exception {
        HttpResponse<String> login = get("/login.xhtml", null);
        String made = sessionCookie(login.headers());
        assertCookieAttributes(made);
        String cookie = made.split(";", 2)[0];
        HttpResponse<String> signedIn = signIn(cookie, login.body(), "s7.teacher");
        assertEquals(302, signedIn.statusCode());
        String renewed = sessionCookie(signedIn.headers());
        assertCookieAttributes(renewed);
        assertNotEquals(cookie, renewed.split(";", 2)[0], "a new session id at sign-in");
    }

    @Test
    void theSignInRedirectCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> redirect = get("/school/staff.xhtml", null);
        assertEquals(302, redirect.statusCode());
        assertTrue(redirect.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
        assertSecurityHeaders(redirect.headers());
        assertEquals("no-store", redirect.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void pagesAllowOnlyTheirOwnNoncedScriptsAndEveryResponseHasOnePolicy() throws Exception {
        HttpResponse<String> first = get("/login.xhtml", null);
        HttpResponse<String> second = get("/login.xhtml", null);
        String nonce = nonce(first);
        assertNotEquals(nonce, nonce(second), "a fresh nonce per response");
        Matcher scripts = Pattern.compile("<script\\b[^>]*>").matcher(first.body());
        int count = 0;
        while (scripts.find()) {
            count++;
            String tag = scripts.group();
            assertTrue(tag.contains("src=") || tag.contains("nonce=\"" + nonce + "\""), "an inline script without the nonce: " + tag);
        }
        assertTrue(count > 0, "the page has scripts");
        assertFalse(Pattern.compile("\\son[a-z]+=\"").matcher(first.body()).find(), "no inline event handler attributes");

        // A response that is not a Faces page (the JSON API) has the policy without any nonce.
        HttpResponse<String> api = get("/api/materials", null);
        assertEquals(401, api.statusCode());
        assertSecurityHeaders(api.headers());
        assertTrue(policy(api.headers()).endsWith("script-src 'self'"), policy(api.headers()));
    }

    @Test
    void aFormPostedWithoutItsPagesNonceIsSentToTheErrorPageNeverAServerError() {
        WebSession teacher = WebSession.signedIn("s7.teacher");
        WebSession.Page profile = teacher.get("/profile.xhtml");
        // An empty name fails validation, so the page is rendered again: that is where the nonce is checked.
        WebSession.Page withNonce = teacher.press("/profile.xhtml", profile, "profile", "save",
                java.util.Map.of("profile:fullName", ""));
        assertEquals(200, withNonce.status(), "the page's own form is answered by the page");
        java.util.Map<String, String> forged = new java.util.LinkedHashMap<>();
        forged.put("profile", "profile");
        forged.put("profile:fullName", "");
        forged.put("profile:save", "");
        forged.put("jakarta.faces.ViewState", withNonce.viewState());
        WebSession.Page without = teacher.post("/profile.xhtml", forged);
        assertEquals(302, without.status(), "no nonce: refused, never a 500");
        assertTrue(without.location().endsWith("/error.xhtml?code=400"), without.location());
        WebSession.Page said = teacher.get("/error.xhtml?code=400");
        assertTrue(said.body().contains("Пішін өз бетінен жіберілмеген"), "the error page says why, in Kazakh");
    }

    private static void assertCookieAttributes(String setCookie) {
        String lower = setCookie.toLowerCase(Locale.ROOT);
        assertTrue(lower.contains("; httponly"), "HttpOnly: " + setCookie);
        assertTrue(lower.contains("; samesite=lax"), "SameSite=Lax: " + setCookie);
        assertEquals(1, lower.split("samesite=", -1).length - 1, "one SameSite attribute: " + setCookie);
    }

    private static void assertSecurityHeaders(HttpHeaders headers) {
        String policy = policy(headers);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        String scripts = policy.substring(policy.indexOf("script-src"));
        assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""));
        assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(""));
    }

    private static String policy(HttpHeaders headers) {
        List<String> policies = headers.allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "exactly one policy: " + policies);
        return policies.get(0);
    }

    private static String nonce(HttpResponse<String> page) {
        String policy = policy(page.headers());
        assertSecurityHeaders(page.headers());
        Matcher m = NONCE.matcher(policy);
        assertTrue(m.find(), "script-src with a nonce: " + policy);
        return m.group(1);
    }

    private static String sessionCookie(HttpHeaders headers) {
        return headers.allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no JSESSIONID in " + headers.map()));
    }

    private HttpResponse<String> signIn(String cookie, String loginPage, String username) throws Exception {
        Matcher viewState = VIEW_STATE.matcher(loginPage);
        assertTrue(viewState.find());
        String form = "login=login&login%3Ausername=" + username + "&login%3Apassword=" + Browser.PASSWORD
                + "&login%3AsignIn=&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(Browser.BASE + "/login.xhtml")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browser.BASE + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
