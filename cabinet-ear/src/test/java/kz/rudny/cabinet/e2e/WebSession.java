package kz.rudny.cabinet.e2e;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's session over plain HTTP/1.1, for trying every way in with ids that are not theirs: pages
 * with view parameters and form posts with forged parameters. Redirects are not followed, so the status
 * the server gave is what the test sees.
 */
final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    /** The parameter PrimeFaces' CSP mode adds to every form of a page: the page's nonce, checked on the post. */
    static final String NONCE_PARAMETER = "primefaces.nonce";

    /** The server's address: the test server's, or one instance's of a cluster ({@link TwoInstances}). */
    private final String base;

    private final CookieManager cookies = new CookieManager();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    record Page(int status, String body, String location) {
        String viewState() {
            Matcher m = VIEW_STATE.matcher(body);
            if (!m.find()) {
                throw new AssertionError("No ViewState in page (status " + status + ")");
            }
            return m.group(1);
        }

        /** The page's script nonce, which a browser's PrimeFaces posts back with every form of the page. */
        String nonce() {
            Matcher m = NONCE.matcher(body);
            if (!m.find()) {
                throw new AssertionError("No script nonce in page (status " + status + ")");
            }
            return m.group(1);
        }

        /** The value of a text input, as the page shows it. */
        String inputValue(String id) {
            Matcher m = Pattern.compile("<input id=\"" + Pattern.quote(id) + "\"[^>]*value=\"([^\"]*)\"").matcher(body);
            if (!m.find()) {
                throw new AssertionError("No input " + id);
            }
            return m.group(1).replace("&quot;", "\"").replace("&amp;", "&");
        }

        /** The values of the ticked checkboxes of one field. */
        List<String> checkedValues(String name) {
            Matcher m = Pattern.compile("<input [^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(body);
            List<String> values = new ArrayList<>();
            while (m.find()) {
                String tag = m.group();
                Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(tag);
                if (tag.contains("checked") && value.find()) {
                    values.add(value.group(1));
                }
            }
            return values;
        }

        Set<Long> ids(String link) {
            return ids(link, "id");
        }

        /** The numbers the page's links to {@code link} carry in the parameter. */
        Set<Long> ids(String link, String parameter) {
            Matcher m = Pattern.compile(Pattern.quote(link) + "\\?" + parameter + "=(\\d+)").matcher(body);
            Set<Long> ids = new LinkedHashSet<>();
            while (m.find()) {
                ids.add(Long.parseLong(m.group(1)));
            }
            return ids;
        }
    }

    WebSession() {
        this(Browser.BASE);
    }

    WebSession(String base) {
        this.base = base;
    }

    static WebSession signedIn(String username) {
        return signedIn(Browser.BASE, username);
    }

    static WebSession signedIn(String base, String username) {
        WebSession session = new WebSession(base);
        Page login = session.get("/login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", Browser.PASSWORD);
        form.put("login:signIn", "");
        form.put("jakarta.faces.ViewState", login.viewState());
        form.put(NONCE_PARAMETER, login.nonce());
        Page result = session.post("/login.xhtml", form);
        if (result.status() != 302 || !result.location().endsWith("/index.xhtml")) {
            throw new AssertionError(username + " could not sign in: " + result.status());
        }
        return session;
    }

    /** The value of a cookie the session holds (a balancer's stickiness cookie, say), or null. */
    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Page post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a form of a page just loaded, pressing one button, with extra (possibly forged) parameters. */
    Page press(String path, Page loaded, String formId, String buttonId, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.putAll(fields);
        form.put(formId + ":" + buttonId, "");
        form.put("jakarta.faces.ViewState", loaded.viewState());
        form.put(NONCE_PARAMETER, loaded.nonce());
        return post(path, form);
    }

    /** Like {@link #press}, with fields that carry several values. */
    Page pressWithLists(String path, Page loaded, String formId, String buttonId, Map<String, String> fields,
                        Map<String, List<String>> lists) {
        StringBuilder body = new StringBuilder(enc(formId) + "=" + enc(formId));
        fields.forEach((k, v) -> body.append('&').append(enc(k)).append('=').append(enc(v)));
        lists.forEach((k, vs) -> vs.forEach(v -> body.append('&').append(enc(k)).append('=').append(enc(v))));
        body.append('&').append(enc(formId + ":" + buttonId)).append('=');
        body.append('&').append(enc("jakarta.faces.ViewState")).append('=').append(enc(loaded.viewState()));
        body.append('&').append(enc(NONCE_PARAMETER)).append('=').append(enc(loaded.nonce()));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
