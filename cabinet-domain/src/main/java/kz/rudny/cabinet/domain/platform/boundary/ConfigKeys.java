package kz.rudny.cabinet.domain.platform.boundary;

/**
 * The configuration keys (MicroProfile Config: system properties, environment variables such as
 * {@code CABINET_DEMO_DATA}, or {@code META-INF/microprofile-config.properties}). Defaults are in the README.
 */
public final class ConfigKeys {
    /** Folder for the embedded database (and, later, uploaded files). */
    public static final String DATA_DIR = "cabinet.data.dir";
    /**
     * Folder of this server's search index; defaults to {@code index} in the data folder. The instances of a cluster
     * share the data folder (uploaded files) but each keeps its own index (README, "Running as a cluster").
     */
    public static final String INDEX_DIR = "cabinet.index.dir";
    /** JDBC URL of the database; defaults to embedded Derby under the data folder. */
    public static final String JDBC_URL = "cabinet.jdbc.url";
    /** Whether the Rudny demo data set is loaded into an empty database. */
    public static final String DEMO_DATA = "cabinet.demo-data";
    /**
     * Teachers added to the demo data in schools of their own ({@code bench.0001}…, the demo password), for the
     * events benchmark ({@code ./cabinet bench-events}); 0, the default, adds none.
     */
    public static final String DEMO_BENCH_TEACHERS = "cabinet.demo.bench-teachers";
    /**
     * Schools added to the demo data for the reporting benchmark ({@code ./cabinet bench-reporting}), each with about
     * 70 teachers and three academic years of the modules' records (a fixed random seed); 0, the default, adds none.
     * Also switches on the benchmark's own endpoint ({@code /api/bench/reporting}), which is absent otherwise.
     */
    public static final String DEMO_BENCH_SCHOOLS = "cabinet.demo.bench-schools";
    /** Password for the administrator created at a production start; printed once when not given. */
    public static final String ADMIN_PASSWORD = "cabinet.admin.initial-password";
    /** Interface language before anyone has chosen one: kk, ru or en. */
    public static final String DEFAULT_LANGUAGE = "cabinet.language.default";
    /** Minutes of inactivity after which a session ends. */
    public static final String IDLE_MINUTES = "cabinet.session.idle-minutes";
    /** Largest uploaded file, in bytes (used by the library). */
    public static final String UPLOAD_MAX_BYTES = "cabinet.upload.max-file-bytes";
    /**
     * Addresses of the proxies or load balancers whose {@code X-Forwarded-For} is
     * believed (comma-separated IP addresses); empty, the default: the socket's address is the client's.
     */
    public static final String PROXY_TRUSTED = "cabinet.proxy.trusted";
    /** Whether TLS always ends at a proxy in front (cookies are then {@code Secure}); default false. */
    public static final String PROXY_TLS = "cabinet.proxy.tls";
    /** Time zone in which times are shown. */
    public static final String TIME_ZONE = "cabinet.time-zone";

    private ConfigKeys() {
    }
}
