package kz.rudny.cabinet.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A test server of a test's own (a Payara domain started by {@code ./cabinet test-start}, with the demo data), for
 * tests that kill it or take its database away and so cannot share the browser suite's server: its domain name, port
 * base and data folder come from the system properties {@code <prefix>.domain}, {@code <prefix>.portBase} and
 * {@code <prefix>.dataDir} (cabinet-ear/pom.xml), and the tests reach it through {@code e2e.baseUrl}.
 */
final class OwnTestServer {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    final String domain;
    final int portBase;
    final Path dataDir;
    private final Map<String, String> extraEnvironment = new LinkedHashMap<>();

    OwnTestServer(String prefix, String defaultDomain, int defaultPortBase) {
        domain = System.getProperty(prefix + ".domain", defaultDomain);
        portBase = Integer.getInteger(prefix + ".portBase", defaultPortBase);
        dataDir = Path.of(System.getProperty(prefix + ".dataDir", "target/" + defaultDomain + "-data")).toAbsolutePath();
        String expected = "http://localhost:" + (portBase + 80);
        if (!Browser.BASE.equals(expected)) {
            throw new IllegalStateException("e2e.baseUrl is " + Browser.BASE + ", the server will be " + expected);
        }
    }

    /** An environment variable for the script (e.g. the JDBC URL of a database of the test's own). */
    OwnTestServer with(String name, String value) {
        extraEnvironment.put(name, value);
        return this;
    }

    /** A new domain on new data, deployed and ready. */
    void start() {
        cabinet("test-start");
    }

    /** The domain started again as it was left (its data kept), and ready. */
    void resume() {
        cabinet("test-resume");
    }

    /** The domain stopped and removed; its data folder kept for a look afterwards, with the server's log. */
    void remove() {
        try {
            if (Files.exists(log())) {
                Files.createDirectories(dataDir);
                Files.copy(log(), dataDir.resolve("server.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            System.out.println("The server's log was not kept: " + e);
        }
        cabinet("test-stop");
    }

    /** The server's Java process, as the domain recorded it. */
    ProcessHandle process() {
        Path pid = ROOT.resolve(".payara/payara6/glassfish/domains/" + domain + "/config/pid");
        try {
            long id = Long.parseLong(Files.readString(pid).strip());
            return ProcessHandle.of(id).orElseThrow(() -> new IllegalStateException("no process " + id));
        } catch (IOException e) {
            throw new IllegalStateException("no pid file " + pid, e);
        }
    }

    /** SIGKILL to the server's Java process (nothing closed, nothing flushed), and waits until it is gone. */
    void killNine() {
        ProcessHandle server = process();
        if (!server.destroyForcibly()) {
            throw new IllegalStateException("kill -9 of " + server.pid() + " refused");
        }
        server.onExit().orTimeout(60, TimeUnit.SECONDS).join();
    }

    Path log() {
        return ROOT.resolve(".payara/payara6/glassfish/domains/" + domain + "/logs/server.log");
    }

    void cabinet(String... arguments) {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("cabinet").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("CABINET_DOMAIN", domain);
        builder.environment().put("CABINET_PORT_BASE", Integer.toString(portBase));
        builder.environment().put("CABINET_DATA_DIR", dataDir.toString());
        builder.environment().put("CABINET_DEMO_DATA", "true");
        builder.environment().put("CABINET_READY_SECONDS", "600"); // a busy build machine starts slowly
        builder.environment().putAll(extraEnvironment);
        try {
            Process process = builder.start();
            if (!process.waitFor(Duration.ofMinutes(20).toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("./cabinet " + String.join(" ", arguments) + " took over 20 minutes");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("./cabinet " + String.join(" ", arguments) + " failed: "
                        + process.exitValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
