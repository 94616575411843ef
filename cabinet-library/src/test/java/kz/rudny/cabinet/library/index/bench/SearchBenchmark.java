package kz.rudny.cabinet.library.index.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import kz.rudny.cabinet.library.index.boundary.DocumentKind;
import kz.rudny.cabinet.library.index.boundary.Facet;
import kz.rudny.cabinet.library.index.control.LibraryFields;
import kz.rudny.cabinet.library.index.control.LibraryIndex;
import kz.rudny.cabinet.library.index.boundary.SearchDocument;
import kz.rudny.cabinet.library.index.boundary.SearchRequest;
import kz.rudny.cabinet.library.index.boundary.SearchResult;
import kz.rudny.cabinet.library.index.boundary.SearchScope;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Measures the {@link LibraryIndex} on a generated corpus ({@link BenchmarkCorpus}): indexing throughput
 * and size on disk, then the latency of a fixed list of queries ({@link BenchmarkQuery}) through the
 * library index (school scope, district scope, and district with no page, i.e. count and facets only) and
 * through the bare engine ({@link RawEngine}), interleaved in one run, as p50/p95/p99 in milliseconds.
 * Then three side measurements: typo forgiveness per field, body snippets with offsets from postings vs
 * re-analysis (and via {@code Weight.matches}), and the cost of a single change (commit + refresh). Not a
 * test: run it with main.
 *
 * <p>Settings (system properties, or the document count as first argument): {@code bench.docs} (100000),
 * {@code bench.dir} (a fresh temporary folder, deleted afterwards; a given folder is kept and, if it
 * already holds the same number of documents, reused without indexing), {@code bench.rounds} (30),
 * {@code bench.warmup} (5), {@code bench.seed} (42), {@code bench.threads} (indexing threads: the cores).
 */
public final class SearchBenchmark {

    private static final int BATCH = 1000;
    private static final int PAGE = 20;
    private static final String[] MODES = {"school", "district", "count-only", "raw"};
    private static final Set<String> TYPO_QUERIES = Set.of("методичекий", "упражннение", "тапсрма");

    private final int docs;
    private final Path folder;
    private final int rounds;
    private final int warmup;
    private final long seed;
    private final int threads;
    private long blackhole;

    private SearchBenchmark(int docs, Path folder, int rounds, int warmup, long seed, int threads) {
        this.docs = docs;
        this.threads = threads;
        this.folder = folder;
        this.rounds = rounds;
        this.warmup = warmup;
        this.seed = seed;
    }

    public static void main(String[] args) throws IOException {
        Locale.setDefault(Locale.ROOT);
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : Integer.getInteger("bench.docs", 100_000);
        String dir = System.getProperty("bench.dir");
        Path folder = dir == null ? Files.createTempDirectory("library-bench") : Path.of(dir);
        SearchBenchmark benchmark = new SearchBenchmark(docs, folder, Integer.getInteger("bench.rounds", 30),
                Integer.getInteger("bench.warmup", 5), Long.getLong("bench.seed", 42),
                Integer.getInteger("bench.threads", Runtime.getRuntime().availableProcessors()));
        try {
            benchmark.run();
        } finally {
            if (dir == null) {
                delete(folder);
            }
        }
    }

    private void run() throws IOException {
        System.out.printf("Library search benchmark: %,d materials, %d schools, folder %s%n", docs,
                BenchmarkCorpus.SCHOOLS, folder);
        System.out.printf("Java %s, %d cores, max heap %,d MB, load average %.1f%n%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, load());
        try (LibraryIndex index = LibraryIndex.open(folder)) {
            if (index.count() == docs) {
                System.out.printf("Reusing the %,d documents already in %s%n", docs, folder);
            } else {
                index(index);
            }
            System.out.printf("Index size on disk after indexing: %.1f MB%n%n", size(folder) / 1e6);
            try (RawEngine raw = new RawEngine(folder)) {
                queries(index, raw);
                typos(raw);
                snippets(raw);
            }
            changes(index);
        }
        System.out.printf("Index size on disk at the end: %.1f MB (merges settle after indexing)%n", size(folder) / 1e6);
        System.out.printf("Load average at the end: %.1f (checksum %d)%n", load(), blackhole);
    }

    /**
     * Generates and indexes the corpus in batches, on {@code threads} threads each calling putAll (one commit
     * and refresh per batch); batch b is generated from seed + b, so the corpus does not depend on threads.
     */
    private void index(LibraryIndex index) throws IOException {
        index.clear();
        int batches = (docs + BATCH - 1) / BATCH;
        AtomicInteger next = new AtomicInteger();
        AtomicLong generating = new AtomicLong();
        AtomicLong indexing = new AtomicLong();
        AtomicLong chars = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
                    long begin = System.nanoTime();
                    BenchmarkCorpus corpus = new BenchmarkCorpus(seed + b);
                    List<SearchDocument> batch = new ArrayList<>(BATCH);
                    for (int id = b * BATCH + 1; id <= Math.min(docs, (b + 1) * BATCH); id++) {
                        SearchDocument material = corpus.material(id);
                        chars.addAndGet(material.title().length() + material.description().length()
                                + material.body().length() + material.keywords().length());
                        batch.add(material);
                    }
                    long generated = System.nanoTime();
                    index.putAll(batch);
                    generating.addAndGet(generated - begin);
                    indexing.addAndGet(System.nanoTime() - generated);
                    if ((b + 1) % 10 == 0) {
                        System.out.printf("  %,d batches of %,d indexed%n", b + 1, BATCH);
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double megabytes = chars.get() * 2 / 1e6; // Cyrillic: two bytes per character in UTF-8
        System.out.printf("Corpus: %,d documents, %.0f MB of UTF-8 text, %,d characters per document on average%n",
                docs, megabytes, chars.get() / docs);
        System.out.printf("Indexing: %.1f s wall on %d threads = %,.0f docs/s, %.1f MB/s of text (generation"
                + " included: it took %.1f s of the threads' %.1f s, putAll the rest)%n", wall, threads,
                docs / wall, megabytes / wall, generating.get() / 1e9, (generating.get() + indexing.get()) / 1e9);
        System.out.printf("  putAll alone: %,.0f docs/s per thread%n", docs / (indexing.get() / 1e9));
    }

    private void queries(LibraryIndex index, RawEngine raw) throws IOException {
        List<BenchmarkQuery> queries = BenchmarkQuery.all();
        Latencies[][] latencies = new Latencies[queries.size()][MODES.length];
        long[][] totals = new long[queries.size()][MODES.length];
        Query[] rawQueries = new Query[queries.size()];
        for (int q = 0; q < queries.size(); q++) {
            rawQueries[q] = raw.query(queries.get(q).text());
            for (int m = 0; m < MODES.length; m++) {
                latencies[q][m] = new Latencies();
            }
        }
        System.out.printf("Queries: %d, %d warm-up rounds, %d measured rounds; in each round every query runs in"
                + " every mode, the order of the modes rotating; school scope cycles through the schools%n",
                queries.size(), warmup, rounds);
        for (int round = -warmup; round < rounds; round++) {
            long school = 1 + Math.floorMod(round, BenchmarkCorpus.SCHOOLS);
            for (int q = 0; q < queries.size(); q++) {
                for (int i = 0; i < MODES.length; i++) {
                    int m = Math.floorMod(round + q + i, MODES.length);
                    long start = System.nanoTime();
                    long total = run(index, raw, queries.get(q), rawQueries[q], m, school);
                    long duration = System.nanoTime() - start;
                    if (round >= 0) {
                        latencies[q][m].add(duration);
                        totals[q][m] = m == 0 ? Math.max(totals[q][m], total) : total;
                    }
                }
            }
        }
        printTable(queries, latencies, totals);
    }

    private long run(LibraryIndex index, RawEngine raw, BenchmarkQuery query, Query rawQuery, int mode, long school)
            throws IOException {
        SearchResult result;
        switch (mode) {
            case 0 -> result = index.search(request(new SearchScope.School(school), query, PAGE));
            case 1 -> result = index.search(request(new SearchScope.District(), query, PAGE));
            case 2 -> result = index.search(request(new SearchScope.District(), query, 0));
            default -> {
                TopDocs top = raw.search(rawQuery);
                blackhole += top.scoreDocs.length;
                return top.totalHits.value;
            }
        }
        blackhole += result.hits().size() + result.facet(Facet.TYPE).size();
        return result.total();
    }

    private static SearchRequest request(SearchScope scope, BenchmarkQuery query, int size) {
        return new SearchRequest(scope, query.text(), Set.of(), query.filters(), 0, size);
    }

    private static void printTable(List<BenchmarkQuery> queries, Latencies[][] latencies, long[][] totals) {
        System.out.println();
        System.out.println("Latency in ms (p50 / p95 / p99). school, district: LibraryIndex.search, page of 20 with"
                + " facets and snippets;");
        System.out.println("count-only: district, size 0 (query + facets, no page, no snippets); raw: plain"
                + " IndexSearcher, AND of term disjunctions, top 20.");
        System.out.println("Hits: max over the schools / district / raw (raw ignores scope, phrases, typos and filters).");
        String header = String.format("%-2s %-34s %-22s %-20s %-20s %-7s %-18s %6s %6s", "#", "query", "hits",
                "school", "district", "count", "raw", "sch/raw", "dis/raw");
        System.out.println(header);
        System.out.println("-".repeat(header.length()));
        Latencies[] overall = new Latencies[MODES.length];
        for (int m = 0; m < MODES.length; m++) {
            overall[m] = new Latencies();
        }
        for (int q = 0; q < queries.size(); q++) {
            BenchmarkQuery query = queries.get(q);
            String filters = query.filters().isEmpty() ? "" : " " + filters(query.filters());
            String label = query.text().isEmpty() ? "(blank)" + filters : query.text() + filters;
            System.out.printf("%-2d %-34s %-22s %-20s %-20s %7.2f %-18s %6.1f %6.1f%n", q + 1, cut(label, 34),
                    totals[q][0] + "/" + totals[q][1] + "/" + totals[q][3], triple(latencies[q][0]),
                    triple(latencies[q][1]), latencies[q][2].percentile(50), triple(latencies[q][3]),
                    latencies[q][0].percentile(50) / latencies[q][3].percentile(50),
                    latencies[q][1].percentile(50) / latencies[q][3].percentile(50));
            for (int m = 0; m < MODES.length; m++) {
                overall[m].addAll(latencies[q][m]);
            }
        }
        System.out.println("-".repeat(header.length()));
        System.out.printf("%-2s %-34s %-22s %-20s %-20s %7.2f %-18s %6.1f %6.1f%n%n", "", "all queries", "",
                triple(overall[0]), triple(overall[1]), overall[2].percentile(50), triple(overall[3]),
                overall[0].percentile(50) / overall[3].percentile(50),
                overall[1].percentile(50) / overall[3].percentile(50));
    }

    /** Raw fuzzy queries per field: what forgiving a typo costs in each field, the body included. */
    private void typos(RawEngine raw) throws IOException {
        List<String> fields = List.of(LibraryFields.TYPO, LibraryFields.TITLE, LibraryFields.DESCRIPTION,
                LibraryFields.BODY);
        System.out.println("Typo forgiveness per field (raw FuzzyQuery, 1 edit, prefix 2, 10 expansions, top 20),"
                + " p50 ms:");
        System.out.println("  (the library searches typos in \"typo\" = title + keywords + description; body for comparison)");
        System.out.printf("  %-14s %10s %10s %12s %10s%n", "query", "typo", "title", "description", "body");
        for (String text : TYPO_QUERIES.stream().sorted().toList()) {
            Latencies[] perField = new Latencies[fields.size()];
            for (int f = 0; f < fields.size(); f++) {
                perField[f] = new Latencies();
            }
            for (int round = -warmup; round < rounds; round++) {
                for (int f = 0; f < fields.size(); f++) {
                    Query query = raw.fuzzy(text, fields.get(f));
                    long start = System.nanoTime();
                    blackhole += raw.search(query).totalHits.value;
                    if (round >= 0) {
                        perField[f].add(System.nanoTime() - start);
                    }
                }
            }
            System.out.printf("  %-14s %10.2f %10.2f %12.2f %10.2f%n", text, perField[0].percentile(50),
                    perField[1].percentile(50), perField[2].percentile(50), perField[3].percentile(50));
        }
        System.out.println();
    }

    /** Body snippets for a page of 20: offsets read from the postings (as indexed) vs re-analysing the text. */
    private void snippets(RawEngine raw) throws IOException {
        System.out.println("Body snippets for the top 20 (UnifiedHighlighter), p50 / p95 ms:");
        System.out.printf("  %-22s %18s %18s %18s%n", "query", "postings offsets", "re-analysis",
                "postings+matches");
        UnifiedHighlighter postings = raw.bodyHighlighter(false, false);
        UnifiedHighlighter analysis = raw.bodyHighlighter(true, false);
        UnifiedHighlighter weightMatches = raw.bodyHighlighter(false, true);
        for (String text : List.of("сабақ", "мұғалімдерге", "урок", "открытый урок", "фотосинтез", "жаңа әдіс")) {
            Query query = raw.searcher().rewrite(raw.query(text));
            TopDocs top = raw.search(query);
            UnifiedHighlighter[] highlighters = {postings, analysis, weightMatches};
            Latencies[] latencies = {new Latencies(), new Latencies(), new Latencies()};
            for (int round = -warmup; round < rounds; round++) {
                for (int h = 0; h < highlighters.length; h++) {
                    long start = System.nanoTime();
                    blackhole += highlighters[h].highlight(LibraryFields.BODY, query, top).length;
                    if (round >= 0) {
                        latencies[h].add(System.nanoTime() - start);
                    }
                }
            }
            System.out.printf("  %-22s %8.2f / %7.2f %8.2f / %7.2f %8.2f / %7.2f%n", text,
                    latencies[0].percentile(50), latencies[0].percentile(95), latencies[1].percentile(50),
                    latencies[1].percentile(95), latencies[2].percentile(50), latencies[2].percentile(95));
        }
        System.out.println();
    }

    /** A single put and remove, each committed and refreshed before it returns, on the full index. */
    private void changes(LibraryIndex index) {
        BenchmarkCorpus corpus = new BenchmarkCorpus(seed - 1);
        Latencies puts = new Latencies();
        Latencies removes = new Latencies();
        for (int i = 0; i < 20; i++) {
            SearchDocument material = corpus.material(docs + 1 + i);
            long start = System.nanoTime();
            index.put(material);
            long put = System.nanoTime();
            index.remove(DocumentKind.MATERIAL, material.schoolId(), material.id());
            long removed = System.nanoTime();
            puts.add(put - start);
            removes.add(removed - put);
        }
        System.out.printf("Single change visible to the next search (commit + NRT refresh + facet state), 20 each:%n"
                + "  put p50 %.1f ms, p95 %.1f ms; remove p50 %.1f ms, p95 %.1f ms%n%n", puts.percentile(50),
                puts.percentile(95), removes.percentile(50), removes.percentile(95));
    }

    /** The system load average over the last minute: other processes skew the figures. */
    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String triple(Latencies latencies) {
        return String.format("%.2f/%.2f/%.2f", latencies.percentile(50), latencies.percentile(95),
                latencies.percentile(99));
    }

    private static String filters(Map<Facet, Set<String>> filters) {
        StringBuilder text = new StringBuilder("[");
        filters.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> text
                .append(text.length() > 1 ? " " : "").append(e.getKey().name().toLowerCase(Locale.ROOT))
                .append('=').append(String.join(",", e.getValue().stream().sorted().toList())));
        return text.append(']').toString();
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
