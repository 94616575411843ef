package kz.rudny.cabinet.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The load benchmark ({@code ./cabinet bench-load}; a benchmark, not a test). For each number of concurrent users
 * (system property {@code load.users}, default {@code 50,150,500}), one after the other in the same run, the same
 * virtual users (each its own HTTP/1.1 connection and cookies, like a browser; only the HTML is fetched, not the
 * page's scripts and styles):
 *
 * <ol>
 * <li><b>trivial</b>: the sign-in page, anonymous, in a loop ({@code load.trivial} seconds): the limit of this
 * server;</li>
 * <li>sign in (the sign-in form with its view state), one user after the other over the first four fifths of the
 * sign-in window ({@code load.signin} seconds: half a second per user and 15 s at least, since the password hash
 * costs about a third of a second of one core), then wait for the others; a refused sign-in is one error, and that
 * user stops;</li>
 * <li><b>catalogue</b>: the library catalogue with its rows, in a loop ({@code load.catalogue} seconds): compared
 * with the trivial page's throughput;</li>
 * <li><b>mix</b>: what people do ({@code load.mix} seconds), each reading a page for 2 to 6 seconds before the next
 * ({@code load.think}): teachers (60%) open the start page, the catalogue, a
 * search, a material found, download its file, page the catalogue's table (a Faces ajax POST with the view state
 * of the page) and open the calendar; school methodologists (30%) the start page, the school dashboard, the
 * catalogue and its table's next page, a search and a material; district methodologists (10%) the start page, the
 * district dashboard and a search over every school.</li>
 * </ol>
 *
 * <p>Each request is named "{@code <users> <kind>}", so Gatling's report gives p50/p95/p99 and errors per kind and
 * number of users; {@link LoadSummary} records every request's time in the same run and prints (and keeps in
 * {@code target/gatling/summary-*.md}) the throughput of each kind over its phase's window, its percentiles, errors
 * and the ratios to the trivial page. {@code load.url} is the server (default http://localhost:31080).
 */
public class CabinetSimulation extends Simulation {

    private static final String PASSWORD = "Rudny-2026";
    private static final String VIEW_STATE = "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"";
    private static final String NONCE = "<script[^>]* nonce=\"([^\"]+)\"";
    private static final List<String> SCHOOLS = List.of("g3", "s12", "s7");
    private static final List<String> TEACHERS = List.of("teacher", "young", "young2", "mentor", "head", "t01", "t02",
            "t03", "t04", "t05", "t06", "t07");
    /** Words the demo materials and catalogue hold, in the three languages. */
    private static final List<String> WORDS = List.of("урок", "сабақ", "математика", "оценивание", "lesson",
            "әдістемелік", "физика", "методические");

    private final String base = System.getProperty("load.url", "http://localhost:31080");
    private final List<Integer> levels = Stream.of(System.getProperty("load.users", "50,150,500").split(","))
            .map(String::strip).map(Integer::valueOf).toList();
    private final int trivialSeconds = Integer.getInteger("load.trivial", 30);
    private final int catalogueSeconds = Integer.getInteger("load.catalogue", 30);
    private final int mixSeconds = Integer.getInteger("load.mix", 60);
    /**
     * How long a person of the mix reads a page before the next, in seconds ({@code load.think}, "min-max", uniform;
     * default 2-6, "0" for none): the mix is people at work, for their response times; the catalogue alone, without
     * pauses, is the server's capacity.
     */
    private final Duration[] think = Stream.of(System.getProperty("load.think", "2-6").split("-", 2))
            .map(String::strip).map(x -> Duration.ofMillis(Math.round(Double.parseDouble(x) * 1000)))
            .toArray(Duration[]::new);
    private final Path report = Path.of(System.getProperty("load.report", "target/gatling"));

    private final HttpProtocolBuilder protocol = http.baseUrl(base)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("ru,kk;q=0.9,en;q=0.8")
            .userAgentHeader("cabinet-load (Gatling)");

    /** When each number of users began (set by its first virtual user): the phases' deadlines follow from it. */
    private static final class Level {
        final int users;
        final AtomicLong start = new AtomicLong();
        final AtomicInteger arrived = new AtomicInteger();
        final long trivialEnd;
        final long signInEnd;
        final long catalogueEnd;
        final long mixEnd;

        Level(int users, int trivial, int signIn, int catalogue, int mix) {
            this.users = users;
            this.trivialEnd = trivial * 1000L;
            this.signInEnd = trivialEnd + signIn * 1000L;
            this.catalogueEnd = signInEnd + catalogue * 1000L;
            this.mixEnd = catalogueEnd + mix * 1000L;
        }

        long begin() {
            start.compareAndSet(0, System.currentTimeMillis());
            return start.get();
        }

        boolean before(long offset) {
            return System.currentTimeMillis() < start.get() + offset;
        }

        /** When the n-th user signs in: spread over the first four fifths of the sign-in window. */
        long signInAt(int n) {
            return trivialEnd + (signInEnd - trivialEnd) * 4 / 5 * n / users;
        }

        Duration until(long offset) {
            return Duration.ofMillis(Math.max(0, start.get() + offset - System.currentTimeMillis()));
        }
    }

    private final List<Level> started = new ArrayList<>();

    public CabinetSimulation() {
        List<PopulationBuilder> populations = new ArrayList<>();
        for (int users : levels) {
            int signIn = Integer.getInteger("load.signin", Math.max(15, users / 2));
            Level level = new Level(users, trivialSeconds, signIn, catalogueSeconds, mixSeconds);
            started.add(level);
            populations.add(level(level).injectOpen(rampUsers(users).during(Duration.ofSeconds(2))));
        }
        // one number of users after the other: each population starts when the one before has ended
        PopulationBuilder chain = populations.get(populations.size() - 1);
        for (int i = populations.size() - 2; i >= 0; i--) {
            chain = populations.get(i).andThen(chain);
        }
        setUp(chain).protocols(protocol);
    }

    @Override
    public void after() {
        String summary = LoadSummary.of(started.stream().map(l -> new LoadSummary.Phases(l.users,
                l.trivialEnd / 1000.0, (l.signInEnd - l.trivialEnd) / 1000.0, (l.catalogueEnd - l.signInEnd) / 1000.0,
                (l.mixEnd - l.catalogueEnd) / 1000.0)).toList());
        System.out.println(summary);
        try {
            Files.createDirectories(report);
            Files.writeString(report.resolve("summary-" + System.currentTimeMillis() + ".md"), summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private io.gatling.javaapi.core.ScenarioBuilder level(Level level) {
        String n = String.format("%03d ", level.users);
        Iterator<Map<String, Object>> people = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                String school = SCHOOLS.get(random.nextInt(SCHOOLS.size()));
                String teacher = school + "." + TEACHERS.get(random.nextInt(TEACHERS.size()));
                return Map.of("teacher", teacher, "methodologist", school + ".methodologist",
                        "word", WORDS.get(random.nextInt(WORDS.size())));
            }
        };
        ChainBuilder teacher = exec(signIn(n, "#{teacher}"), waitUntil(level, level.signInEnd),
                asLongAs(s -> level.before(level.catalogueEnd)).on(catalogue(n + "catalogue (alone)")),
                think(), asLongAs(s -> level.before(level.mixEnd)).on(
                        start(n), think(), catalogue(n + "catalogue"), think(), search(n, ""), think(), material(n),
                        think(), download(n), think(), cataloguePage(n), think(), calendar(n), think()));
        ChainBuilder methodologist = exec(signIn(n, "#{methodologist}"), waitUntil(level, level.signInEnd),
                asLongAs(s -> level.before(level.catalogueEnd)).on(catalogue(n + "catalogue (alone)")),
                think(), asLongAs(s -> level.before(level.mixEnd)).on(
                        start(n), think(), schoolDashboard(n), think(), catalogue(n + "catalogue"), think(),
                        cataloguePage(n), think(), search(n, ""), think(), material(n), think()));
        ChainBuilder district = exec(signIn(n, "district.methodologist"), waitUntil(level, level.signInEnd),
                // the catalogue is a school's: the district methodologist waits while the teachers load it
                waitUntil(level, level.catalogueEnd),
                think(), asLongAs(s -> level.before(level.mixEnd)).on(
                        start(n), think(), districtDashboard(n), think(), search(n, "&scope=DISTRICT"), think()));
        return scenario(n + "users").exec(s -> s.set("begun", level.begin()).set("n", level.arrived.getAndIncrement()))
                .feed(people)
                .exec(asLongAs(s -> level.before(level.trivialEnd)).on(
                        page(n + "trivial (sign-in page)", "/login.xhtml")))
                // people sign in one after the other, not all in the same second (each costs the password hash)
                .pause(s -> level.until(level.signInAt(s.getInt("n"))))
                .exec(randomSwitch().on(percent(60).then(teacher), percent(30).then(methodologist),
                        percent(10).then(district)));
    }

    /** A person reading the page: a pause between {@code load.think}'s bounds (also before the mix begins, so that
     * the people do not all open the start page in the same second). */
    private ChainBuilder think() {
        return think.length == 1 ? pause(think[0]) : pause(think[0], think[1]);
    }

    private static ChainBuilder waitUntil(Level level, long offset) {
        return pause(s -> level.until(offset));
    }

    /** The request, its time and outcome recorded for {@link LoadSummary} under its name. */
    private static ChainBuilder timed(String name, HttpRequestActionBuilder request, CheckBuilder... checks) {
        return exec(s -> s.remove("rt"))
                .exec(request.check(responseTimeInMillis().saveAs("rt")).check(checks))
                .exec(s -> {
                    LoadSummary.record(name, s.contains("rt") ? s.getInt("rt") : -1, !s.isFailed());
                    return s.markAsSucceeded();
                });
    }

    private static ChainBuilder signIn(String n, String username) {
        return exec(s -> s.remove("signedIn")).exec(timed(n + "sign-in form", http(n + "sign-in form").get("/login.xhtml"),
                        regex(VIEW_STATE).saveAs("viewState"), regex(NONCE).saveAs("nonce")),
                timed(n + "sign-in", http(n + "sign-in").post("/login.xhtml").disableFollowRedirect()
                        .formParam("login", "login").formParam("login:username", username)
                        .formParam("login:password", PASSWORD).formParam("login:signIn", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}").formParam("primefaces.nonce", "#{nonce}"),
                        status().is(302).saveAs("signedIn")))
                // a refused sign-in is counted once, as an error of the sign-in; that user stops there
                .exitHereIf(s -> !s.contains("signedIn"));
    }

    private static ChainBuilder page(String name, String path) {
        return timed(name, http(name).get(path), status().is(200));
    }

    private static ChainBuilder start(String n) {
        return page(n + "start page", "/index.xhtml");
    }

    private static ChainBuilder catalogue(String name) {
        return timed(name, http(name).get("/library/catalogue.xhtml"), status().is(200),
                substring("/library/title.xhtml?id="), regex(VIEW_STATE).saveAs("viewState"),
                regex(NONCE).saveAs("nonce"));
    }

    /** The catalogue table's second page: a Faces ajax POST with the page's view state (a lazy table's load). */
    private static ChainBuilder cataloguePage(String n) {
        String name = n + "form post (catalogue page 2)";
        return timed(name, http(name).post("/library/catalogue.xhtml")
                .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
                .formParam("jakarta.faces.partial.ajax", "true").formParam("jakarta.faces.source", "catalogue:table")
                .formParam("jakarta.faces.partial.execute", "catalogue:table")
                .formParam("jakarta.faces.partial.render", "catalogue:table")
                .formParam("catalogue:table", "catalogue:table").formParam("catalogue:table_pagination", "true")
                .formParam("catalogue:table_first", "20").formParam("catalogue:table_rows", "20")
                .formParam("catalogue:table_skipChildren", "true").formParam("catalogue:table_encodeFeature", "true")
                .formParam("catalogue", "catalogue").formParam("catalogue:filter", "")
                .formParam("jakarta.faces.ViewState", "#{viewState}").formParam("primefaces.nonce", "#{nonce}"),
                status().is(200), substring("<partial-response"), substring("/library/title.xhtml?id="),
                substring("<error>").notExists());
    }

    private static ChainBuilder search(String n, String scope) {
        return exec(s -> s.remove("materialId")).exec(timed(n + "search",
                http(n + "search").get("/search.xhtml?q=#{word}" + scope), status().is(200),
                regex("/library/material.xhtml\\?id=(\\d+)").findRandom().optional().saveAs("materialId")));
    }

    private static ChainBuilder material(String n) {
        return exec(s -> s.remove("fileId")).doIf(s -> s.contains("materialId")).then(
                timed(n + "material page", http(n + "material page").get("/library/material.xhtml?id=#{materialId}"),
                        status().is(200), regex("/files/material/(\\d+)").findRandom().optional().saveAs("fileId")));
    }

    private static ChainBuilder download(String n) {
        return doIf(s -> s.contains("fileId")).then(
                timed(n + "download", http(n + "download").get("/files/material/#{fileId}"), status().is(200)));
    }

    private static ChainBuilder calendar(String n) {
        return page(n + "calendar", "/events/calendar.xhtml");
    }

    private static ChainBuilder schoolDashboard(String n) {
        return page(n + "school dashboard", "/school/dashboard.xhtml");
    }

    private static ChainBuilder districtDashboard(String n) {
        return page(n + "district dashboard", "/district/dashboard.xhtml");
    }
}
