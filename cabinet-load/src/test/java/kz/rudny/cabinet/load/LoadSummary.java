package kz.rudny.cabinet.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every request's time and outcome of the run, by name ("{@code <users> <kind>}"), and the summary printed at the end:
 * for each number of users and kind, the requests, errors, throughput over the kind's phase window (the trivial
 * page's, the catalogue's alone, the sign-in's, the mix's), p50/p95/p99, and the ratios to the trivial page.
 */
final class LoadSummary {

    /** One number of users' phase windows, in seconds. */
    record Phases(int users, double trivial, double signIn, double catalogue, double mix) {
    }

    private static final Map<String, ConcurrentLinkedQueue<Integer>> TIMES = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> ERRORS = new ConcurrentHashMap<>();
    private static final String TRIVIAL = "trivial (sign-in page)";
    private static final String CATALOGUE_ALONE = "catalogue (alone)";

    private LoadSummary() {
    }

    static void record(String name, int millis, boolean ok) {
        if (ok && millis >= 0) {
            TIMES.computeIfAbsent(name, n -> new ConcurrentLinkedQueue<>()).add(millis);
        } else {
            ERRORS.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
        }
    }

    static String of(List<Phases> levels) {
        StringBuilder out = new StringBuilder();
        out.append("\n## Load benchmark summary (HTTP/1.1; throughput over each phase's window; times in ms)\n\n");
        out.append("| users | request | OK | errors | per second | p50 | p95 | p99 | throughput vs trivial | p95 vs trivial |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|\n");
        List<String> ratios = new ArrayList<>();
        for (Phases level : levels) {
            String prefix = String.format("%03d ", level.users());
            Map<String, String> kinds = new TreeMap<>();
            TIMES.keySet().stream().filter(k -> k.startsWith(prefix)).forEach(k -> kinds.put(k.substring(4), k));
            ERRORS.keySet().stream().filter(k -> k.startsWith(prefix)).forEach(k -> kinds.put(k.substring(4), k));
            double[] trivial = stats(prefix + TRIVIAL, level.trivial());
            for (String kind : order(kinds.keySet())) {
                double window = kind.equals(TRIVIAL) ? level.trivial() : kind.equals(CATALOGUE_ALONE) ? level.catalogue()
                        : kind.startsWith("sign-in") ? level.signIn() : level.mix();
                double[] s = stats(prefix + kind, window);
                out.append(String.format(Locale.ROOT, "| %d | %s | %,d | %,d | %.1f | %.0f | %.0f | %.0f | %s | %s |%n",
                        level.users(), kind, (long) s[0], (long) s[1], s[2], s[3], s[4], s[5],
                        kind.equals(CATALOGUE_ALONE) || kind.equals(TRIVIAL) ? ratio(s[2], trivial[2]) : "",
                        ratio(s[4], trivial[4])));
            }
            double[] catalogue = stats(prefix + CATALOGUE_ALONE, level.catalogue());
            long errors = kinds.values().stream().mapToLong(k -> (long) stats(k, 1)[1]).sum();
            ratios.add(String.format(Locale.ROOT, "%d users: catalogue alone %.1f/s against the trivial page's %.1f/s: "
                    + "%sx; errors %d", level.users(), catalogue[2], trivial[2], ratio(catalogue[2], trivial[2]), errors));
        }
        out.append('\n');
        ratios.forEach(r -> out.append("- ").append(r).append('\n'));
        return out.toString();
    }

    private static List<String> order(java.util.Set<String> kinds) {
        List<String> first = List.of(TRIVIAL, "sign-in form", "sign-in", CATALOGUE_ALONE);
        List<String> ordered = new ArrayList<>(first.stream().filter(kinds::contains).toList());
        kinds.stream().filter(k -> !first.contains(k)).forEach(ordered::add);
        return ordered;
    }

    /** OK count, errors, OK per second over the window, p50, p95, p99. */
    private static double[] stats(String name, double window) {
        int[] times = TIMES.getOrDefault(name, new ConcurrentLinkedQueue<>()).stream().mapToInt(Integer::intValue)
                .toArray();
        Arrays.sort(times);
        int errors = ERRORS.getOrDefault(name, new AtomicInteger()).get();
        return new double[] {times.length, errors, times.length / window, percentile(times, 50), percentile(times, 95),
            percentile(times, 99)};
    }

    private static double percentile(int[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String ratio(double a, double b) {
        return b > 0 && !Double.isNaN(a) ? String.format(Locale.ROOT, "%.2f", a / b) : "";
    }
}
