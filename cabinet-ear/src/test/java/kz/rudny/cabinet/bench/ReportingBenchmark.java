package kz.rudny.cabinet.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openqa.selenium.json.Json;

/**
 * The reporting benchmark (not a test; {@code ./cabinet bench-reporting}), against a server with the demo data and
 * the generated schools of {@code cabinet.demo.bench-schools} (21 schools, about 1,300 teachers, three academic years
 * of meetings, events with registrations and attendance, materials, courses and attestation records). In one run:
 *
 * <ol>
 * <li>the rebuild ({@code Dashboard.rebuild}, through the benchmark's endpoint as {@code district.admin}) of each of
 * the three years: the first call counts the oldest year, which the start does not, and is not timed;</li>
 * <li>the dashboard's figures of each year against the same figures counted straight from the school tables (one
 * SQL query per indicator over every school, grouped by school: the benchmark's endpoint, inside the server, since
 * embedded Derby cannot be opened by a second process): they must be equal for the indicators both count the same
 * way, else the run ends with status 1;</li>
 * <li>the district dashboard page ({@code /district/dashboard.xhtml}, this academic year, signed in as
 * {@code district.methodologist}): warm-up requests, then timed ones (the time until the whole page has arrived);
 * against it the direct computation of the same year, timed inside the server (the queries only: no sign-in, no
 * HTTP, no rendering, all of which the page's time includes);</li>
 * <li>each department report's export of the town (XLSX and PDF), through the signed-in session.</li>
 * </ol>
 *
 * <p>Options (system properties): {@code bench.url} (default http://localhost:27580), {@code bench.requests} (50
 * timed page requests), {@code bench.warmup} (10), {@code bench.direct} (20 timed direct computations).
 */
public final class ReportingBenchmark {

    private static final String PASSWORD = "Rudny-2026";
    private static final Json JSON = new Json();
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    /** The lines the dashboard and the direct queries count the same way, compared school by school. */
    private static final List<String> COMPARED = List.of("MEETINGS_PLANNED", "MEETINGS_HELD", "EVENTS_HELD/",
            "EVENTS_BY_LEVEL/", "GUESTS_RECEIVED", "GUESTS_SENT", "MATERIALS_PUBLISHED", "TEACHERS_BY_EDUCATION/",
            "TEACHERS_BY_CATEGORY/");

    private final String base = System.getProperty("bench.url", "http://localhost:27580");
    private final int requests = Integer.getInteger("bench.requests", 50);
    private final int warmup = Integer.getInteger("bench.warmup", 10);
    private final int directRuns = Integer.getInteger("bench.direct", 20);
    private final List<String> failures = new ArrayList<>();
    private static final List<String> REPORTS = List.of("TEACHER_COMPOSITION", "COURSE_COVERAGE", "MENTORING_COVERAGE",
            "METHODICAL_WORK", "ATTESTATION_SCHEDULE");

    private final HttpClient api = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        System.exit(new ReportingBenchmark().run() ? 0 : 1);
    }

    boolean run() throws Exception {
        LocalDate today = LocalDate.now();
        int thisYear = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        List<Integer> years = List.of(thisYear - 2, thisYear - 1, thisYear);
        System.out.printf("Reporting benchmark against %s, academic years %s%n", base, years);

        call("POST", "/api/bench/reporting/rebuild?year=" + years.get(0), "district.admin");
        List<String> rebuilds = new ArrayList<>();
        double rebuildTotal = 0;
        for (int year : years) {
            long sent = System.nanoTime();
            Map<?, ?> rebuilt = call("POST", "/api/bench/reporting/rebuild?year=" + year, "district.admin");
            double http = (System.nanoTime() - sent) / 1e6;
            double server = ((Number) rebuilt.get("millis")).doubleValue();
            rebuildTotal += server;
            rebuilds.add(String.format("| rebuild %d-%d (every school) | %,d rows | %.0f ms | %.0f ms |", year, year + 1,
                    ((Number) rebuilt.get("rows")).intValue(), server, http));
        }

        int schools = 0;
        for (int year : years) {
            Map<?, ?> kept = (Map<?, ?>) call("GET", "/api/bench/reporting/figures?year=" + year,
                    "district.methodologist").get("lines");
            Map<?, ?> direct = (Map<?, ?>) call("GET", "/api/bench/reporting/direct?year=" + year,
                    "district.methodologist").get("lines");
            schools = Math.max(schools, compare(year, kept, direct));
        }

        HttpClient page = signedIn("district.methodologist");
        for (int i = 0; i < warmup; i++) {
            dashboard(page);
        }
        List<Double> pageTimes = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            pageTimes.add(dashboard(page));
        }
        List<Double> directTimes = new ArrayList<>();
        List<Double> boundaryTimes = new ArrayList<>();
        for (int i = 0; i < warmup / 2 + directRuns; i++) {
            Map<?, ?> direct = call("GET", "/api/bench/reporting/direct?year=" + thisYear, "district.methodologist");
            Map<?, ?> kept = call("GET", "/api/bench/reporting/figures?year=" + thisYear, "district.methodologist");
            if (i >= warmup / 2) {
                directTimes.add(((Number) direct.get("millis")).doubleValue());
                boundaryTimes.add(((Number) kept.get("millis")).doubleValue());
            }
        }

        // The department report exports of the town (every school, this year, in Russian), signed in like the page:
        // each report as XLSX and PDF, two warm-up downloads, then five timed ones until the whole file has arrived.
        List<String> exports = new ArrayList<>();
        for (String report : REPORTS) {
            for (String format : List.of("xlsx", "pdf")) {
                String path = "/district/reports/export?report=" + report + "&year=" + thisYear + "&format=" + format
                        + "&lang=ru";
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < 7; i++) {
                    double millis = export(page, path, format);
                    if (i >= 2) {
                        times.add(millis);
                    }
                }
                exports.add(String.format("| export %s (%s, the town) | HTTP, whole file | %.0f ms | %.0f ms |", report,
                        format.toUpperCase(java.util.Locale.ROOT), percentile(times, 50), percentile(times, 95)));
            }
        }

        double pageP50 = percentile(pageTimes, 50);
        double directP50 = percentile(directTimes, 50);
        System.out.println();
        System.out.printf("%d schools; %d timed page requests after %d warm-up, %d timed direct computations%n%n",
                schools, requests, warmup, directRuns);
        System.out.println("| | | p50 | p95 |");
        System.out.println("|---|---|---|---|");
        System.out.printf("| dashboard page `GET /district/dashboard.xhtml` (this year) | HTTP, whole page | %.1f ms "
                + "| %.1f ms |%n", pageP50, percentile(pageTimes, 95));
        System.out.printf("| `Dashboard.district` (read model, in the server) | server | %.1f ms | %.1f ms |%n",
                percentile(boundaryTimes, 50), percentile(boundaryTimes, 95));
        System.out.printf("| direct: %d SQL queries over the school tables (in the server) | server | %.1f ms | %.1f ms |%n",
                11, directP50, percentile(directTimes, 95));
        System.out.println();
        System.out.println("| | | server | HTTP |");
        System.out.println("|---|---|---|---|");
        rebuilds.forEach(System.out::println);
        System.out.printf("| rebuild, three years | | %.0f ms | |%n", rebuildTotal);
        System.out.println();
        System.out.println("| | | p50 | p95 |");
        System.out.println("|---|---|---|---|");
        exports.forEach(System.out::println);
        double boundaryP50 = percentile(boundaryTimes, 50);
        System.out.printf("%nThe dashboard's figures from the read model (p50, in the server) take %.2f× the direct "
                + "computation's time; the whole dashboard page (p50, HTTP, rendered) %.2f×. The page under 200 ms "
                + "(p50): %s%n", boundaryP50 / directP50, pageP50 / directP50, pageP50 < 200 ? "yes" : "NO");
        if (failures.isEmpty()) {
            System.out.println("Checks: all passed (the dashboard's figures equal the direct ones)");
            return true;
        }
        System.out.println("Checks FAILED (" + failures.size() + "; the first 20):");
        failures.stream().limit(20).forEach(f -> System.out.println("  " + f));
        return false;
    }

    /** Compares the lines both count the same way, every school (a school missing from one side counts 0). */
    private int compare(int year, Map<?, ?> kept, Map<?, ?> direct) {
        TreeSet<String> lines = new TreeSet<>();
        for (Map<?, ?> side : List.of(kept, direct)) {
            side.keySet().stream().map(String::valueOf).filter(l -> COMPARED.stream().anyMatch(c -> c.endsWith("/")
                    ? l.startsWith(c) : l.equals(c))).forEach(lines::add);
        }
        TreeSet<String> schools = new TreeSet<>();
        kept.values().forEach(v -> ((Map<?, ?>) v).keySet().forEach(s -> schools.add(String.valueOf(s))));
        int checked = 0;
        for (String line : lines) {
            for (String school : schools) {
                long a = value(kept, line, school);
                long b = value(direct, line, school);
                checked++;
                if (a != b) {
                    failures.add(String.format("%d %s school %s: dashboard %d, direct %d", year, line, school, a, b));
                }
            }
        }
        if (lines.size() < COMPARED.size()) {
            failures.add(year + ": only " + lines + " to compare");
        }
        System.out.printf("%d-%d: %d lines × %d schools compared%n", year, year + 1, lines.size(), schools.size());
        return schools.size();
    }

    private static long value(Map<?, ?> lines, String line, String school) {
        Map<?, ?> bySchool = (Map<?, ?>) lines.get(line);
        Object v = bySchool == null ? null : bySchool.get(school);
        return v == null ? 0 : ((Number) v).longValue();
    }

    /** One timed download of a department report; a file that is not an XLSX (a ZIP) or a PDF is a failure. */
    private double export(HttpClient page, String path, String format) throws Exception {
        long sent = System.nanoTime();
        HttpResponse<byte[]> r = page.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        double millis = (System.nanoTime() - sent) / 1e6;
        byte[] body = r.body();
        String magic = body.length < 4 ? "" : new String(body, 0, 4, StandardCharsets.ISO_8859_1);
        if (r.statusCode() != 200 || !magic.equals(format.equals("pdf") ? "%PDF" : "PK\u0003\u0004")) {
            failures.add("export " + path + ": " + r.statusCode() + ", " + body.length + " bytes");
        }
        return millis;
    }

    /** One timed GET of the dashboard page: from sending until the whole body has arrived, in milliseconds. */
    private double dashboard(HttpClient page) throws Exception {
        long sent = System.nanoTime();
        HttpResponse<String> r = page.send(HttpRequest.newBuilder(URI.create(base + "/district/dashboard.xhtml"))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        double millis = (System.nanoTime() - sent) / 1e6;
        if (r.statusCode() != 200 || !r.body().contains("Есеп мектебі №18")) {
            failures.add("dashboard page: " + r.statusCode() + (r.statusCode() == 200 ? " without the 21 schools" : ""));
        }
        return millis;
    }

    /** A browser-like session signed in through the sign-in page (the page's form, its view state and nonce). */
    private HttpClient signedIn(String username) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        Map<String, String> form = Map.of("login", "login", "login:username", username, "login:password", PASSWORD,
                "login:signIn", "", "jakarta.faces.ViewState", group(VIEW_STATE, login),
                "primefaces.nonce", group(NONCE, login));
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> signed = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (signed.statusCode() != 302) {
            throw new IllegalStateException(username + " could not sign in: " + signed.statusCode());
        }
        return http;
    }

    private Map<?, ?> call(String method, String path, String username) throws Exception {
        String auth = Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = api.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Basic " + auth).header("Accept", "application/json")
                .timeout(Duration.ofMinutes(10)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return JSON.toType(r.body(), Map.class);
    }

    private static String group(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("Not on the sign-in page: " + pattern);
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
