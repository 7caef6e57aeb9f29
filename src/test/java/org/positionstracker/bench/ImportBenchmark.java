package org.positionstracker.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.positionstracker.article.ArticleReader;
import org.positionstracker.article.ArticleRejectedException;
import org.positionstracker.codebook.Codebook;
import org.positionstracker.codebook.CodebookLoader;
import org.positionstracker.db.Database;
import org.positionstracker.db.DatabaseLocation;
import org.positionstracker.extract.NewsStatementExtractor;
import org.positionstracker.extract.StatementExtractor;
import org.positionstracker.importer.ArticleImporter;
import org.positionstracker.importer.ImportOutcome;
import org.positionstracker.query.StatementFilter;
import org.positionstracker.query.TrackerQueries;
import org.positionstracker.query.Views.PositionView;

/**
 * The performance benchmark (not part of {@code mvn verify}; run with the {@code bench} profile,
 * see README "Benchmarks"). For each corpus size it generates a deterministic synthetic corpus
 * ({@link SyntheticCorpus}) and measures, in this order:
 * <ol>
 *   <li>extraction alone: read + extract every article, one thread and all cores;</li>
 *   <li>end to end: {@link ArticleImporter#importFiles} into a fresh H2 file database, with peak heap;</li>
 *   <li>the JDBC floor: the same rows inserted with plain JDBC batches ({@link JdbcFloor});</li>
 *   <li>the write paths: the same rows through a Hibernate StatelessSession and through JDBC with new ids ({@link WriteFloors});</li>
 *   <li>query latency on the imported database, with EXPLAIN ANALYZE plans ({@link QueryBench});</li>
 *   <li>optionally the same import in a child JVM under -Xmx256m ({@link ChildImport});</li>
 *   <li>compaction of the imported database (what the {@code compact} command does): file size before and after;</li>
 * </ol>
 * then, once, the command-line latency of {@code statements --topic} on a database holding only
 * the seed article, the start-up of the read commands on it (with a baseline jar beside this one
 * when {@code bench.cli.baseline} names one), and a summary with each target marked PASS or MISS. Settings are system
 * properties {@code bench.*} (see {@link Settings}). Timings are printed, never asserted.
 */
public final class ImportBenchmark {
    /** Settings, from system properties. */
    record Settings(List<Integer> sizes, long seed, Path baseDir, boolean keep, int threads, String lowHeap,
                    String lowHeapXmx, QueryBench.Settings query, boolean cli, Path jar, Path seeds, int cliRuns,
                    Path reportFile, Set<String> skip, int warmupArticles, int readRuns, Path baselineJar) {
        static Settings fromSystemProperties() {
            List<Integer> sizes = Arrays.stream(prop("bench.articles", "1000").split(","))
                    .map(String::trim).filter(s -> !s.isEmpty() && !s.equalsIgnoreCase("none")).map(Settings::size).toList();
            return new Settings(sizes,
                    Long.parseLong(prop("bench.seed", Long.toString(SyntheticCorpus.DEFAULT_SEED))),
                    Path.of(prop("bench.dir", "target/bench-work")).toAbsolutePath().normalize(),
                    Boolean.parseBoolean(prop("bench.keep", "false")),
                    threads(Integer.parseInt(prop("bench.threads", "0"))),
                    prop("bench.lowheap", "auto").toLowerCase(Locale.ROOT),
                    prop("bench.lowheap.xmx", "256m"),
                    new QueryBench.Settings(Integer.parseInt(prop("bench.query.warmup", "10")),
                            Integer.parseInt(prop("bench.query.reps", "50")),
                            Double.parseDouble(prop("bench.query.budget", "120"))),
                    Boolean.parseBoolean(prop("bench.cli", "true")),
                    Path.of(prop("bench.jar", "target/positions-tracker.jar")).toAbsolutePath().normalize(),
                    Path.of(prop("bench.seeds", "seeds")).toAbsolutePath().normalize(),
                    Integer.parseInt(prop("bench.cli.runs", "5")),
                    Path.of(prop("bench.report", "target/bench-report.txt")).toAbsolutePath().normalize(),
                    Arrays.stream(prop("bench.skip", "").split(",")).map(String::trim).filter(s -> !s.isEmpty())
                            .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()),
                    Integer.parseInt(prop("bench.warmup", "100")),
                    Integer.parseInt(prop("bench.reads.runs", "10")),
                    prop("bench.cli.baseline", "").isEmpty() ? null : Path.of(prop("bench.cli.baseline", "")).toAbsolutePath().normalize());
        }

        /** 0 or less: one per core. */
        static int threads(int requested) {
            return requested > 0 ? requested : Runtime.getRuntime().availableProcessors();
        }

        /** 1000, 10k, 100k, 1m. */
        static int size(String s) {
            String t = s.toLowerCase(Locale.ROOT).replace("_", "");
            int mult = 1;
            if (t.endsWith("k")) {
                mult = 1000;
                t = t.substring(0, t.length() - 1);
            } else if (t.endsWith("m")) {
                mult = 1_000_000;
                t = t.substring(0, t.length() - 1);
            }
            return Integer.parseInt(t) * mult;
        }

        private static String prop(String name, String fallback) {
            String v = System.getProperty(name);
            return v == null || v.isBlank() ? fallback : v.trim();
        }

        boolean runs(String phase) {
            return !skip.contains(phase);
        }

        boolean lowHeapFor(int n, int largest) {
            return switch (lowHeap) {
                case "all", "true" -> true;
                case "largest" -> n == largest;
                case "off", "false", "none" -> false;
                default -> n >= 100_000;                      // auto
            };
        }
    }

    /** Everything measured for one corpus size. */
    static final class SizeResult {
        int articles;
        long corpusBytes;
        double generateSeconds;
        long extractStatements;
        double extractSingleSeconds = Double.NaN;
        double extractParallelSeconds = Double.NaN;
        int extractThreads;
        double openSeconds;
        double e2eSeconds = Double.NaN;
        long e2eImported;
        long e2eRejected;
        long e2eStatements;
        HeapMonitor.Result heap;
        long dbStatements;
        long dbStatementTopics;
        long dbActors;
        long dbPositions;
        long dbEvidence;
        long dbBytes;
        Database.Compaction compaction;
        double compactSeconds = Double.NaN;
        JdbcFloor.Result floor;
        WriteFloors.Result writers;
        List<QueryBench.Latency> queries = List.of();
        ChildResult lowHeap;
    }

    record ChildResult(String xmx, boolean ok, int exitCode, long imported, long rejected, long statements, double seconds,
                       long peakUsed, long peakAfterGc, String failure) {
    }

    record CliResult(int runs, double medianSeconds, double minSeconds, double maxSeconds, int exitCode, long outputLines,
                     double importSeconds, String failure) {
    }

    /** One read command's start-up with one jar: median, min and max wall time of its runs, and the classes one more run loaded. */
    record ReadTiming(String command, String jar, double medianMs, double minMs, double maxMs, long classes, int exitCode) {
    }

    private final Settings settings;
    private final Report out;
    private final Codebook codebook = CodebookLoader.bundled();
    private final StatementExtractor extractor = new NewsStatementExtractor(codebook);
    private Path runDir;

    private ImportBenchmark(Settings settings, Report out) {
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Report out = new Report();
        int code = 0;
        try {
            new ImportBenchmark(settings, out).run();
        } catch (Throwable t) {
            out.line("");
            out.line("BENCHMARK FAILED: " + t);
            for (StackTraceElement e : t.getStackTrace()) out.line("    at " + e);
            code = 1;
        } finally {
            out.save(settings.reportFile());
        }
        System.exit(code);
    }

    private void run() throws Exception {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        runDir = settings.baseDir().resolve("run-" + stamp);
        Files.createDirectories(runDir);
        machine(stamp);
        List<SizeResult> results = new ArrayList<>();
        int largest = settings.sizes().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (!settings.sizes().isEmpty()) warmUp();
        for (int n : settings.sizes()) results.add(runSize(n, largest));
        CliResult cli = settings.cli() && settings.runs("cli") ? cli() : null;
        List<ReadTiming> reads = cli == null || cli.exitCode() != 0 || !settings.runs("reads") ? List.of() : readCommands(runDir.resolve("cli/seed"));
        summary(results, cli, reads);
        if (!settings.keep()) deleteTree(runDir);
        else out.line("kept the work folder " + runDir);
    }

    // ------------------------------------------------------------------------------------------

    private void machine(String stamp) {
        Runtime rt = Runtime.getRuntime();
        out.line("positions-tracker import benchmark, " + stamp);
        out.line("=".repeat(78));
        out.line("machine   : " + rt.availableProcessors() + " cores" + cpuModel() + ", " + physicalMemory());
        out.line("java      : " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ")");
        out.line("os        : " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        out.line("jvm       : max heap " + mib(rt.maxMemory()) + ", GC " + ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(g -> g.getName()).collect(Collectors.joining(" + ")) + ", args " + ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-Dbench.")).toList());
        out.line("revision  : " + gitRevision());
        out.line("load      : " + loadAverage() + " at start (other processes on this machine skew every figure)");
        out.line("database  : embedded H2 file databases below " + runDir);
        out.line("corpus    : SyntheticCorpus seed " + settings.seed() + ", sizes " + settings.sizes());
        out.line("extractor : " + extractor.version() + ", codebook: " + codebook.source());
        out.line("");
    }

    /**
     * Runs the extractor and a small import once before anything is timed, so the first
     * measurement does not pay for class loading and JIT compilation of the code it shares with
     * the later ones (a separate corpus, seed + 1, into a throwaway database).
     */
    private void warmUp() {
        if (settings.warmupArticles() <= 0) return;
        long t0 = System.nanoTime();
        SyntheticCorpus corpus = new SyntheticCorpus(settings.seed() + 1);
        Path dir = runDir.resolve("warmup");
        corpus.write(dir.resolve("corpus"), settings.warmupArticles());
        try (Database db = Database.open(DatabaseLocation.parse(dir.resolve("db/tracker").toString()))) {
            new ArticleImporter(db, codebook, extractor).importFiles(List.of(dir.resolve("corpus")), o -> { });
            new TrackerQueries(db.transactions()).statements(StatementFilter.all().withTopic("ceasefire-conditions").page(20, 0));
        }
        deleteTree(dir);
        out.line(String.format(Locale.ROOT, "warm-up: %d articles extracted and imported into a throwaway database in %.1f s (not counted)",
                settings.warmupArticles(), secondsSince(t0)));
        out.line("");
    }

    private SizeResult runSize(int n, int largest) throws Exception {
        SizeResult r = new SizeResult();
        r.articles = n;
        Path dir = runDir.resolve("n" + n);
        out.line(String.format(Locale.ROOT, "N = %,d articles", n));
        out.line("-".repeat(78));

        long t0 = System.nanoTime();
        List<Path> files = new SyntheticCorpus(settings.seed()).write(dir.resolve("corpus"), n);
        r.generateSeconds = secondsSince(t0);
        for (Path f : files) r.corpusBytes += Files.size(f);
        out.line(String.format(Locale.ROOT, "corpus        : %,d files, %s, %,d chars/article on average, generated in %.1f s",
                n, mib(r.corpusBytes), r.corpusBytes / Math.max(1, n), r.generateSeconds));

        if (settings.runs("extract")) extraction(files, r);
        if (settings.runs("e2e")) endToEnd(dir, r);
        if (!settings.keep()) deleteTree(dir.resolve("e2e"));                 // disk: H2 files grow large with a commit per article
        if (settings.lowHeapFor(n, largest) && settings.runs("lowheap")) {
            r.lowHeap = childImport(dir.resolve("corpus"), dir.resolve("lowheap/tracker"), n, settings.lowHeapXmx());
            printChild(r.lowHeap);
        }
        out.line("");
        if (!settings.keep()) deleteTree(dir);
        return r;
    }

    // ------------------------------------------------------------------------------------------
    // (a) extraction alone

    private void extraction(List<Path> files, SizeResult r) throws Exception {
        ArticleReader reader = new ArticleReader();
        long t0 = System.nanoTime();
        long statements = 0;
        for (Path f : files) statements += extractOne(reader, f);
        r.extractSingleSeconds = secondsSince(t0);
        r.extractStatements = statements;
        out.line(String.format(Locale.ROOT, "extract, 1 thread  : %s   (%.1f s; %,d statements, %.1f per article)",
                rates(r.articles, statements, r.extractSingleSeconds), r.extractSingleSeconds, statements,
                statements / (double) Math.max(1, r.articles)));

        int threads = Math.max(1, settings.threads());
        r.extractThreads = threads;
        AtomicInteger next = new AtomicInteger();
        AtomicLong found = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            t0 = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    ArticleReader own = new ArticleReader();
                    long mine = 0;
                    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) mine += extractOne(own, files.get(i));
                    found.addAndGet(mine);
                    return null;
                }));
            }
            for (Future<?> f : futures) f.get();
            r.extractParallelSeconds = secondsSince(t0);
        } finally {
            pool.shutdownNow();
        }
        out.line(String.format(Locale.ROOT, "extract, %d threads : %s   (%.1f s; %.2fx the single thread)",
                threads, rates(r.articles, found.get(), r.extractParallelSeconds), r.extractParallelSeconds,
                r.extractSingleSeconds / r.extractParallelSeconds));
    }

    private long extractOne(ArticleReader reader, Path file) {
        try {
            return extractor.extract(reader.read(file).text()).statements().size();
        } catch (ArticleRejectedException e) {
            throw new IllegalStateException("the synthetic article " + file + " was rejected: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------------------------------
    // (b) end to end, (c) JDBC floor, (e) queries

    private void endToEnd(Path dir, SizeResult r) throws Exception {
        Path h2File = dir.resolve("e2e/tracker");
        long t0 = System.nanoTime();
        try (Database db = Database.open(DatabaseLocation.parse(h2File.toString()))) {
            r.openSeconds = secondsSince(t0);
            AtomicLong imported = new AtomicLong();
            AtomicLong rejected = new AtomicLong();
            List<String> rejections = new ArrayList<>();
            ArticleImporter importer = new ArticleImporter(db, codebook, extractor);
            AtomicLong done = new AtomicLong();
            AtomicLong written = new AtomicLong();
            long step = Math.max(1, r.articles / 10);
            try (HeapMonitor heap = HeapMonitor.start()) {
                t0 = System.nanoTime();
                long start = t0;
                importer.importFiles(List.of(dir.resolve("corpus")), o -> {
                    long d = done.incrementAndGet();
                    written.addAndGet(o.statements());
                    if (d % step == 0 && d < r.articles) {
                        double s = secondsSince(start);
                        System.out.printf(Locale.ROOT, "    ... end to end: %,d of %,d articles after %.0f s (%,.0f articles/s so far)%n", d, r.articles, s, d / s);
                    }
                    if (o.kind() == ImportOutcome.Kind.IMPORTED || o.kind() == ImportOutcome.Kind.REPLACED) imported.incrementAndGet();
                    else if (o.kind() == ImportOutcome.Kind.REJECTED) {
                        rejected.incrementAndGet();
                        if (rejections.size() < 5) rejections.add(o.describe());
                    }
                });
                r.e2eSeconds = secondsSince(t0);
                r.heap = heap.stop();
            }
            r.e2eImported = imported.get();
            r.e2eRejected = rejected.get();
            r.e2eStatements = written.get();
            if (done.get() != imported.get() + rejected.get())
                out.line("    note: " + (done.get() - imported.get() - rejected.get()) + " articles reported unchanged (same bytes as another)");
            out.line(String.format(Locale.ROOT, "end to end         : %s   (%.1f s; %,d imported, %,d rejected; database opened in %.1f s, not counted)",
                    rates(r.articles, r.e2eStatements, r.e2eSeconds), r.e2eSeconds, r.e2eImported, r.e2eRejected, r.openSeconds));
            for (String line : rejections) out.line("    " + line);
            out.line(String.format(Locale.ROOT, "peak heap (e2e)    : %s in use at peak (garbage included), %s after GC at most; %d GCs, %.1f s in GC; -Xmx %s",
                    mib(r.heap.peakUsed()), mib(r.heap.peakAfterGc()), r.heap.gcCount(), r.heap.gcMillis() / 1000.0, mib(r.heap.maxHeap())));

            r.dbStatements = JdbcFloor.count(db.dataSource(), "statement");
            r.dbStatementTopics = JdbcFloor.count(db.dataSource(), "statement_topic");
            r.dbActors = JdbcFloor.count(db.dataSource(), "actor");
            r.dbPositions = JdbcFloor.count(db.dataSource(), "position");
            r.dbEvidence = JdbcFloor.count(db.dataSource(), "position_evidence");
            r.dbBytes = folderSize(h2File.getParent());
            out.line(String.format(Locale.ROOT, "database           : %,d statements, %,d statement topics, %,d actors, %,d positions, %,d evidence rows; %s on disk",
                    r.dbStatements, r.dbStatementTopics, r.dbActors, r.dbPositions, r.dbEvidence, mib(r.dbBytes)));

            if (settings.runs("floor")) floor(db, dir, r);
            if (settings.runs("writers")) writers(db, dir, r);
            if (settings.runs("queries")) queries(db, h2File, r);
            if (settings.runs("compact")) compact(db, r);
        }
    }

    /** Last, as it closes the database: the dead space the import left, as the {@code compact} command removes it. */
    private void compact(Database db, SizeResult r) {
        long t0 = System.nanoTime();
        r.compaction = db.closeCompacted().orElseThrow();
        r.compactSeconds = secondsSince(t0);
        out.line(String.format(Locale.ROOT, "compaction         : database file %s -> %s (%.0f%% was dead space) in %.1f s (the compact command)",
                mib(r.compaction.bytesBefore()), mib(r.compaction.bytesAfter()),
                100.0 * (r.compaction.bytesBefore() - r.compaction.bytesAfter()) / r.compaction.bytesBefore(), r.compactSeconds));
    }

    private void floor(Database db, Path dir, SizeResult r) throws SQLException {
        r.floor = JdbcFloor.run(db.dataSource(), dir.resolve("floor"));
        JdbcFloor.Result f = r.floor;
        long perArticleBytes = folderSizeOrZero(dir.resolve("floor/floor-per-article"));
        long perThousandBytes = folderSizeOrZero(dir.resolve("floor/floor-per-1000"));
        if (!settings.keep()) deleteTree(dir.resolve("floor"));
        out.line(String.format(Locale.ROOT, "JDBC floor, commit per article : %s   (%.1f s for %,d articles, %,d statements, %,d statement topics)",
                rates(f.articles(), f.statements(), f.perArticleCommitSeconds()), f.perArticleCommitSeconds(), f.articles(), f.statements(), f.statementTopics()));
        out.line(String.format(Locale.ROOT, "JDBC floor, commit per 1000    : %s   (%.1f s)",
                rates(f.articles(), f.statements(), f.perThousandCommitSeconds()), f.perThousandCommitSeconds()));
        out.line(String.format(Locale.ROOT, "floor databases on disk        : %s (commit per article), %s (commit per 1000)",
                mib(perArticleBytes), mib(perThousandBytes)));
        if (!Double.isNaN(r.extractParallelSeconds)) {
            double bound = r.extractParallelSeconds + f.perArticleCommitSeconds();
            out.line(String.format(Locale.ROOT, "end to end / (extraction on %d threads + floor per article) = %.1f s / %.1f s = %.2fx",
                    r.extractThreads, r.e2eSeconds, bound, r.e2eSeconds / bound));
            double single = r.extractSingleSeconds + f.perArticleCommitSeconds();
            out.line(String.format(Locale.ROOT, "end to end / (extraction on 1 thread + floor per article) = %.1f s / %.1f s = %.2fx",
                    r.e2eSeconds, single, r.e2eSeconds / single));
        }
    }

    /** Issue #11 item 5: the same rows through a Hibernate StatelessSession, and through JDBC with ids of its own. */
    private void writers(Database db, Path dir, SizeResult r) throws Exception {
        r.writers = WriteFloors.run(db.dataSource(), dir.resolve("writers"), Integer.parseInt(System.getProperty("bench.writers.rounds", "3")));
        WriteFloors.Result w = r.writers;
        if (!settings.keep()) deleteTree(dir.resolve("writers"));
        out.line(String.format(Locale.ROOT, "StatelessSession floor, commit per article : %s art/s   (median of the rounds, %.1f s, batch %d, pooled sequence ids)",
                rate(w.articles(), w.statelessPerArticleSeconds()), w.statelessPerArticleSeconds(), WriteFloors.BATCH));
        out.line(String.format(Locale.ROOT, "StatelessSession floor, commit per 1000    : %s art/s   (%.1f s)",
                rate(w.articles(), w.statelessPerThousandSeconds()), w.statelessPerThousandSeconds()));
        out.line(String.format(Locale.ROOT, "JDBC floor, new ids from IdBlocks, commit per article  : %s art/s   (%.1f s)",
                rate(w.articles(), w.jdbcIdBlocksSeconds()), w.jdbcIdBlocksSeconds()));
        out.line(String.format(Locale.ROOT, "JDBC floor, one NEXT VALUE per id, commit per article  : %s art/s   (%.1f s)",
                rate(w.articles(), w.jdbcIdPerRowSeconds()), w.jdbcIdPerRowSeconds()));
        for (int v = 0; v < WriteFloors.VARIANTS.length; v++) {
            StringBuilder each = new StringBuilder();
            for (double sec : w.rounds()[v]) each.append(each.length() == 0 ? "" : ", ").append(rate(w.articles(), sec).trim());
            out.line(String.format(Locale.ROOT, "    %-22s art/s by round: %s", WriteFloors.VARIANTS[v], each));
        }
    }

    private void queries(Database db, Path h2File, SizeResult r) {
        TrackerQueries q = new TrackerQueries(db.transactions());
        List<QueryBench.Query> list = List.of(
                new QueryBench.Query("statements --topic ceasefire-conditions --limit 20 (first page)",
                        () -> q.statements(StatementFilter.all().withTopic("ceasefire-conditions").page(20, 0)).size() + " rows"),
                new QueryBench.Query("statements --actor \"Vladimir Putin\" --limit 20 (first page)",
                        () -> q.statements(StatementFilter.all().withActor("Vladimir Putin", false).page(20, 0)).size() + " rows"),
                new QueryBench.Query("statements --actor Russia --with-members --limit 20 (first page)",
                        () -> q.statements(StatementFilter.all().withActor("Russia", true).page(20, 0)).size() + " rows"),
                new QueryBench.Query("position matrix (every actor x topic with counts)", () -> q.positionMatrix().size() + " positions"),
                new QueryBench.Query("positions --topic territory (first 20 evidence each, the CLI default)", () -> {
                    List<PositionView> p = q.positions(null, "territory", 20);
                    long evidence = p.stream().mapToLong(v -> v.evidence().size()).sum();
                    return p.size() + " positions, " + evidence + " evidence rows";
                }),
                new QueryBench.Query("positions --topic territory --evidence all", () -> {
                    List<PositionView> p = q.positions(null, "territory");
                    long evidence = p.stream().mapToLong(v -> v.evidence().size()).sum();
                    return p.size() + " positions, " + evidence + " evidence rows";
                }));
        out.line(String.format(Locale.ROOT, "query latency at %,d statements (TrackerQueries calls; warm-up %d, then up to %d runs within %.0f s):",
                r.dbStatements, settings.query().warmupReps(), settings.query().reps(), settings.query().budgetSeconds()));
        List<QueryBench.Latency> latencies = new ArrayList<>();
        for (QueryBench.Query query : list) {
            QueryBench.Latency l;
            try {
                l = QueryBench.measure(query, settings.query(), db.dataSource(), h2File);
            } catch (RuntimeException | OutOfMemoryError e) {
                out.line("  " + query.name() + ": FAILED " + e);
                continue;
            }
            latencies.add(l);
            out.line(String.format(Locale.ROOT, "  %-66s median %8.1f ms  p95 %8.1f ms  (%d runs, %s)",
                    l.name(), l.medianMs(), l.p95Ms(), l.reps(), l.resultNote()));
        }
        r.queries = latencies;
        out.line("  plans (SQL as sent by Hibernate, read from H2's trace file with its bound values; EXPLAIN ANALYZE):");
        for (QueryBench.Latency l : latencies) {
            out.line("  >> " + l.name());
            for (QueryBench.Plan p : l.plans()) {
                out.line("     SQL: " + p.sql());
                for (String line : p.explain().split("\n")) out.line("       | " + line);
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // (d) import under a small heap, in a child JVM

    private ChildResult childImport(Path corpus, Path h2File, int n, String xmx) throws IOException, InterruptedException {
        out.line(String.format(Locale.ROOT, "low heap           : importing the %,d articles again in a child JVM with -Xmx%s ...", n, xmx));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx" + xmx, "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                ChildImport.class.getName(), corpus.toString(), h2File.toString(), Integer.toString(n));
        Files.createDirectories(h2File.getParent());
        Path log = h2File.resolveSibling("child.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int code = p.waitFor();
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        for (String l : lines) if (l.startsWith("PROGRESS")) out.line("    child: " + l);
        String result = lines.stream().filter(l -> l.startsWith("RESULT ")).reduce((a, b) -> b).orElse(null);
        if (result == null) {
            String tail = lines.stream().skip(Math.max(0, lines.size() - 5)).collect(Collectors.joining(" | "));
            return new ChildResult(xmx, false, code, 0, 0, 0, Double.NaN, 0, 0, "exit code " + code + ": " + tail);
        }
        java.util.Map<String, String> kv = new java.util.HashMap<>();
        for (String part : result.substring(7).split(" ")) {
            String[] pair = part.split("=", 2);
            if (pair.length == 2) kv.put(pair[0], pair[1]);
        }
        long imported = Long.parseLong(kv.get("imported"));
        long rejected = Long.parseLong(kv.get("rejected"));
        boolean ok = code == 0 && imported == n && rejected == 0;
        return new ChildResult(xmx, ok, code, imported, rejected, Long.parseLong(kv.get("statements")),
                Double.parseDouble(kv.get("seconds")), Long.parseLong(kv.get("peakUsed")), Long.parseLong(kv.get("peakAfterGc")),
                ok ? null : "exit code " + code + ", " + imported + " of " + n + " imported, " + rejected + " rejected");
    }

    private void printChild(ChildResult c) {
        if (c.ok()) {
            out.line(String.format(Locale.ROOT, "low heap           : OK under -Xmx%s: %,d articles in %.1f s (%,.0f articles/s); peak %s in use, %s after GC",
                    c.xmx(), c.imported(), c.seconds(), c.imported() / c.seconds(), mib(c.peakUsed()), mib(c.peakAfterGc())));
        } else {
            out.line("low heap           : FAILED under -Xmx" + c.xmx() + ": " + c.failure());
        }
    }

    // ------------------------------------------------------------------------------------------
    // (f) command line, JVM start included

    private CliResult cli() throws IOException, InterruptedException {
        out.line("Command line (JVM start included)");
        out.line("-".repeat(78));
        if (!Files.isRegularFile(settings.jar())) {
            String why = "no " + settings.jar() + " (build it with mvn -DskipTests package)";
            out.line("skipped: " + why);
            return new CliResult(0, Double.NaN, Double.NaN, Double.NaN, -1, 0, Double.NaN, why);
        }
        Path db = runDir.resolve("cli/seed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path output = runDir.resolve("cli/out.txt");
        Files.createDirectories(output.getParent());
        long t0 = System.nanoTime();
        int importCode = runCli(List.of(java, "-jar", settings.jar().toString(), "import", "--db", db.toString(), settings.seeds().toString()), output);
        double importSeconds = secondsSince(t0);
        if (importCode != 0) {
            String why = "import of " + settings.seeds() + " failed with exit code " + importCode + ": " + Files.readString(output).strip();
            out.line("FAILED: " + why);
            return new CliResult(0, Double.NaN, Double.NaN, Double.NaN, importCode, 0, importSeconds, why);
        }
        List<String> cmd = List.of(java, "-jar", settings.jar().toString(), "statements", "--db", db.toString(), "--topic", "ceasefire conditions");
        out.line("$ java -jar " + settings.jar() + " statements --db <seed db> --topic \"ceasefire conditions\"");
        runCli(cmd, output);                                                   // warm the file cache, not counted
        double[] times = new double[Math.max(1, settings.cliRuns())];
        int code = 0;
        for (int i = 0; i < times.length; i++) {
            t0 = System.nanoTime();
            code = Math.max(code, runCli(cmd, output));
            times[i] = secondsSince(t0);
        }
        long lines = Files.readAllLines(output, StandardCharsets.UTF_8).size();
        Arrays.sort(times);
        CliResult c = new CliResult(times.length, QueryBench.percentile(times, 50), times[0], times[times.length - 1], code, lines, importSeconds,
                code == 0 ? null : "exit code " + code);
        out.line(String.format(Locale.ROOT, "import of the seed folder: %.2f s; statements --topic: median %.2f s of %d runs (min %.2f, max %.2f), exit code %d, %d lines printed",
                importSeconds, c.medianSeconds(), c.runs(), c.minSeconds(), c.maxSeconds(), code, lines));
        out.line("");
        return c;
    }

    private static int runCli(List<String> cmd, Path output) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    // ------------------------------------------------------------------------------------------
    // (g) read commands' start-up, JVM start included: this jar, and the baseline jar if given

    /** The read commands of the README's tour, as a user types them: each starts a JVM, opens the database, prints, exits. */
    static final List<List<String>> READ_COMMANDS = List.of(List.of("topics"), List.of("statements"), List.of("positions"), List.of("conflicts"));

    /**
     * Runs each read command {@code bench.reads.runs} times as a child JVM on the seed database,
     * with this jar and, given {@code -Dbench.cli.baseline=JAR} (e.g. a jar built from main before a
     * change), with that one, alternating the two run by run so that both see the same machine.
     * One more run of each counts the classes loaded ({@code -Xlog:class+load}). Prints the
     * numbers; nothing is asserted.
     */
    private List<ReadTiming> readCommands(Path db) throws IOException, InterruptedException {
        out.line("Read commands (JVM start included, seed database)");
        out.line("-".repeat(78));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, Path> jars = new java.util.LinkedHashMap<>();
        if (settings.baselineJar() != null) {
            if (Files.isRegularFile(settings.baselineJar())) jars.put("baseline", settings.baselineJar());
            else out.line("no baseline: " + settings.baselineJar() + " is not a file");
        }
        jars.put("this jar", settings.jar());
        jars.forEach((label, jar) -> out.line(String.format(Locale.ROOT, "%-9s: %s", label, jar)));
        Path output = runDir.resolve("cli/read.txt");
        int runs = Math.max(1, settings.readRuns());
        Map<String, double[]> times = new java.util.LinkedHashMap<>();
        Map<String, Integer> codes = new java.util.HashMap<>();
        for (List<String> command : READ_COMMANDS) {
            for (String label : jars.keySet()) {
                times.put(key(command, label), new double[runs]);
                runCli(readCommand(java, jars.get(label), command, db, List.of()), output);      // file cache warm, not counted
            }
        }
        for (int i = 0; i < runs; i++) {
            for (List<String> command : READ_COMMANDS) {
                for (Map.Entry<String, Path> jar : jars.entrySet()) {
                    long t0 = System.nanoTime();
                    int code = runCli(readCommand(java, jar.getValue(), command, db, List.of()), output);
                    times.get(key(command, jar.getKey()))[i] = secondsSince(t0) * 1000;
                    codes.merge(key(command, jar.getKey()), code, Math::max);
                }
            }
        }
        List<ReadTiming> timings = new ArrayList<>();
        Path classLog = runDir.resolve("cli/classes.txt");
        out.line(String.format(Locale.ROOT, "%-12s %-9s %10s %10s %10s %9s %5s", "command", "jar", "median ms", "min ms", "max ms", "classes", "exit"));
        for (List<String> command : READ_COMMANDS) {
            for (Map.Entry<String, Path> jar : jars.entrySet()) {
                Files.deleteIfExists(classLog);
                runCli(readCommand(java, jar.getValue(), command, db, List.of("-Xlog:class+load:file=" + classLog)), output);
                long classes;
                try (Stream<String> lines = Files.lines(classLog)) {
                    classes = lines.count();
                }
                double[] t = times.get(key(command, jar.getKey()));
                Arrays.sort(t);
                ReadTiming timing = new ReadTiming(String.join(" ", command), jar.getKey(), QueryBench.percentile(t, 50), t[0], t[t.length - 1],
                        classes, codes.get(key(command, jar.getKey())));
                timings.add(timing);
                out.line(String.format(Locale.ROOT, "%-12s %-9s %10.0f %10.0f %10.0f %,9d %5d", timing.command(), timing.jar(), timing.medianMs(),
                        timing.minMs(), timing.maxMs(), timing.classes(), timing.exitCode()));
            }
        }
        out.line(String.format(Locale.ROOT, "(%d timed runs of each, alternating the jars; load average now %s)", runs, loadAverage()));
        out.line("");
        return timings;
    }

    private static String key(List<String> command, String jar) {
        return String.join(" ", command) + " / " + jar;
    }

    private static List<String> readCommand(String java, Path jar, List<String> command, Path db, List<String> jvmOptions) {
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", jar.toString()));
        cmd.addAll(command);
        cmd.addAll(List.of("--db", db.toString()));
        return cmd;
    }

    // ------------------------------------------------------------------------------------------
    // Summary

    private void summary(List<SizeResult> results, CliResult cli, List<ReadTiming> reads) {
        out.line("Summary");
        out.line("=".repeat(78));
        out.line(String.format(Locale.ROOT, "%9s | %21s | %21s | %21s | %13s | %13s | %9s | %9s",
                "articles", "extract 1 thread", "extract all cores", "end to end", "floor/article", "floor/1000", "e2e/bound", "peak heap"));
        out.line(String.format(Locale.ROOT, "%9s | %21s | %21s | %21s | %13s | %13s | %9s | %9s",
                "", "art/s   stmt/s", "art/s   stmt/s", "art/s   stmt/s", "art/s", "art/s", "", "after GC"));
        for (SizeResult r : results) {
            double bound = r.floor == null ? Double.NaN : r.extractParallelSeconds + r.floor.perArticleCommitSeconds();
            out.line(String.format(Locale.ROOT, "%,9d | %9s %11s | %9s %11s | %9s %11s | %13s | %13s | %9s | %9s",
                    r.articles,
                    rate(r.articles, r.extractSingleSeconds), rate(r.extractStatements, r.extractSingleSeconds),
                    rate(r.articles, r.extractParallelSeconds), rate(r.extractStatements, r.extractParallelSeconds),
                    rate(r.articles, r.e2eSeconds), rate(r.e2eStatements, r.e2eSeconds),
                    r.floor == null ? "-" : rate(r.floor.articles(), r.floor.perArticleCommitSeconds()),
                    r.floor == null ? "-" : rate(r.floor.articles(), r.floor.perThousandCommitSeconds()),
                    Double.isNaN(bound) ? "-" : String.format(Locale.ROOT, "%.2fx", r.e2eSeconds / bound),
                    r.heap == null ? "-" : mib(r.heap.peakAfterGc())));
        }
        if (results.stream().anyMatch(r -> r.writers != null)) {
            out.line("");
            out.line("Write paths (issue #11 item 5), art/s, same run; e2e is the importer (JDBC writer, IdBlocks)");
            out.line(String.format(Locale.ROOT, "%9s | %9s | %13s | %13s | %13s | %13s | %13s",
                    "articles", "e2e", "JDBC floor", "JDBC+IdBlocks", "JDBC+id/row", "Stateless", "Stateless"));
            out.line(String.format(Locale.ROOT, "%9s | %9s | %13s | %13s | %13s | %13s | %13s",
                    "", "", "per article", "per article", "per article", "per article", "per 1000"));
            for (SizeResult r : results) {
                if (r.writers == null) continue;
                WriteFloors.Result w = r.writers;
                out.line(String.format(Locale.ROOT, "%,9d | %9s | %13s | %13s | %13s | %13s | %13s",
                        r.articles, rate(r.articles, r.e2eSeconds),
                        r.floor == null ? "-" : rate(r.floor.articles(), r.floor.perArticleCommitSeconds()),
                        rate(w.articles(), w.jdbcIdBlocksSeconds()), rate(w.articles(), w.jdbcIdPerRowSeconds()),
                        rate(w.articles(), w.statelessPerArticleSeconds()), rate(w.articles(), w.statelessPerThousandSeconds())));
            }
        }
        out.line("");
        out.line("Targets (2-core machine, H2)");
        out.line("-".repeat(78));
        SizeResult big = results.stream().filter(r -> !Double.isNaN(r.e2eSeconds)).max(Comparator.comparingInt(r -> r.articles)).orElse(null);
        for (SizeResult r : results) {
            if (Double.isNaN(r.e2eSeconds)) continue;
            double aps = r.articles / r.e2eSeconds;
            out.line(target(String.format(Locale.ROOT, "end to end >= 1,000 articles/s (N=%,d)", r.articles), aps >= 1000,
                    String.format(Locale.ROOT, "%,.0f articles/s", aps), aps >= 1000 ? "" : gap(1000 / aps) + " below target"));
        }
        for (SizeResult r : results) {
            if (r.floor == null || Double.isNaN(r.extractParallelSeconds)) continue;
            double ratio = r.e2eSeconds / (r.extractParallelSeconds + r.floor.perArticleCommitSeconds());
            out.line(target(String.format(Locale.ROOT, "end to end <= 1.5x (extraction + JDBC floor) (N=%,d)", r.articles), ratio <= 1.5,
                    String.format(Locale.ROOT, "%.2fx", ratio), ratio <= 1.5 ? "" : gap(ratio / 1.5) + " over target"));
        }
        List<SizeResult> lowHeap = results.stream().filter(r -> r.lowHeap != null).toList();
        if (lowHeap.isEmpty()) {
            out.line(target("100k articles imported under -Xmx256m", null, "not measured", "run with -Dbench.articles=100k (or -Dbench.lowheap=all)"));
        }
        for (SizeResult r : lowHeap) {
            ChildResult c = r.lowHeap;
            String what = String.format(Locale.ROOT, "%,d articles imported under -Xmx%s", r.articles, c.xmx());
            String note = r.articles < 100_000 ? "target is defined at 100k" : "";
            out.line(target(what, c.ok(), c.ok() ? "peak " + mib(c.peakUsed()) + " in use, " + mib(c.peakAfterGc()) + " after GC" : c.failure(), note));
        }
        QueryBench.Latency topic = big == null ? null : big.queries.stream().filter(l -> l.name().contains("--topic")).findFirst().orElse(null);
        if (topic == null) {
            out.line(target("topic first page < 20 ms median at ~1M statements", null, "not measured", ""));
        } else {
            String note = big.dbStatements < 900_000
                    ? String.format(Locale.ROOT, "at %,d statements only; the target is at ~1M (run -Dbench.articles=100k)", big.dbStatements) : "";
            boolean pass = topic.medianMs() < 20;
            out.line(target(String.format(Locale.ROOT, "topic first page < 20 ms median (%,d statements)", big.dbStatements), pass,
                    String.format(Locale.ROOT, "median %.1f ms, p95 %.1f ms", topic.medianMs(), topic.p95Ms()),
                    (pass ? "" : gap(topic.medianMs() / 20) + " over target; ") + note));
        }
        if (cli == null || Double.isNaN(cli.medianSeconds())) {
            out.line(target("statements --topic from the command line < 1.5 s", null, "not measured", cli == null ? "" : cli.failure()));
        } else {
            boolean pass = cli.medianSeconds() < 1.5 && cli.exitCode() == 0;
            out.line(target("statements --topic from the command line < 1.5 s (seed db)", pass,
                    String.format(Locale.ROOT, "median %.2f s", cli.medianSeconds()),
                    pass ? "" : cli.exitCode() != 0 ? cli.failure() : gap(cli.medianSeconds() / 1.5) + " over target"));
        }
        List<ReadTiming> current = reads.stream().filter(r -> r.jar().equals("this jar")).toList();
        if (current.isEmpty()) {
            out.line(target("read commands from the command line < 1 s", null, "not measured", ""));
        } else {
            ReadTiming slowest = current.stream().max(Comparator.comparingDouble(ReadTiming::medianMs)).orElseThrow();
            boolean pass = slowest.medianMs() < 1000 && current.stream().allMatch(r -> r.exitCode() == 0);
            out.line(target("read commands (topics, statements, positions, conflicts) < 1 s (seed db)", pass,
                    String.format(Locale.ROOT, "slowest median %.0f ms (%s)", slowest.medianMs(), slowest.command()),
                    pass ? "" : gap(slowest.medianMs() / 1000) + " over target"));
        }
        out.line("");
        out.line("load average at the end: " + loadAverage());
        out.line("report saved to " + settings.reportFile());
    }

    /** 1.04x, 2.9x, 18x: two significant digits or so. */
    private static String gap(double factor) {
        return String.format(Locale.ROOT, factor < 1.995 ? "%.2fx" : factor < 9.95 ? "%.1fx" : "%.0fx", factor);
    }

    private static String target(String what, Boolean pass, String value, String note) {
        String verdict = pass == null ? "----" : pass ? "PASS" : "MISS";
        return String.format(Locale.ROOT, "%s  %-62s %s%s", verdict, what, value, note == null || note.isEmpty() ? "" : "  (" + note + ")");
    }

    // ------------------------------------------------------------------------------------------
    // Helpers

    private static String rates(long articles, long statements, double seconds) {
        return String.format(Locale.ROOT, "%9s articles/s %11s statements/s", rate(articles, seconds), rate(statements, seconds));
    }

    private static String rate(long count, double seconds) {
        if (Double.isNaN(seconds) || seconds <= 0) return "-";
        return String.format(Locale.ROOT, "%,.0f", count / seconds);
    }

    private static double secondsSince(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,d MiB", bytes >> 20);
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> " (" + l.substring(l.indexOf(':') + 1).trim() + ")").orElse("");
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2] + " (1, 5, 15 min)";
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f (1 min)", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
            return mib(os.getTotalMemorySize()) + " RAM";
        return "RAM unknown";
    }

    private static String gitRevision() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 && !s.isEmpty() ? s + " (plus any uncommitted changes)" : "unknown (not a git checkout)";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static long folderSizeOrZero(Path dir) {
        try {
            return Files.exists(dir) ? folderSize(dir) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static long folderSize(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e);
        }
    }

    /** Prints each line as it comes and keeps them for the report file. */
    static final class Report {
        private final StringBuilder all = new StringBuilder();

        void line(String s) {
            System.out.println(s);
            System.out.flush();
            all.append(s).append('\n');
        }

        void save(Path file) {
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, all, StandardCharsets.UTF_8);
            } catch (IOException e) {
                System.err.println("could not save the report to " + file + ": " + e);
            }
        }
    }
}
