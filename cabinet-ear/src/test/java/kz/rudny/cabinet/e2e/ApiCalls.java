package kz.rudny.cabinet.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.json.Json;

/**
 * Calls of the REST API over plain HTTP/1.1 with HTTP Basic as a demo account (redirects not followed), and their
 * JSON answers read into maps and lists, for the tests that try the API as one person or another.
 */
final class ApiCalls {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    /** Selenium's JSON reader, already on the test class path. */
    private static final Json JSON = new Json();

    private ApiCalls() {
    }

    /** A GET as the user (null: nobody signed in), asking for the language (null: none asked). */
    static HttpResponse<String> get(String path, String user, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browser.BASE + path)).GET()
                .timeout(Duration.ofSeconds(90));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + Browser.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(HttpResponse<String> response) {
        return JSON.toType(response.body(), Map.class);
    }

    /** The objects of a list in a JSON answer. */
    static List<Map<?, ?>> objects(Object list) {
        return ((List<?>) list).stream().<Map<?, ?>>map(o -> (Map<?, ?>) o).toList();
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }
}
