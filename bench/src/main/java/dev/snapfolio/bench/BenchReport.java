package dev.snapfolio.bench;

import dev.snapfolio.application.port.in.RunRecord;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one bench run (issue 7 items 1–6) with the targets of DESIGN §8, as a table and as
 * JSON. Times are wall-clock milliseconds unless named after a phase of a run.
 */
public record BenchReport(Environment environment, Calculator calculator, FullRecompute fullRecompute,
        Backdated backdated, SingleToday singleToday, Persistence persistence, List<GrowthPoint> growth) {

    public BenchReport {
        growth = List.copyOf(growth);
    }

    /** Where the figures were taken. */
    public record Environment(String profile, LocalDate today, String startedAt, String jdk, String os, int cores,
            long maxHeapBytes, String database, String databaseKind) {
    }

    /** One processing run as the run log recorded it, plus the wall time of the call around it. */
    public record RunFigures(String strategy, int dates, int movements, int rows, Map<String, Integer> rowsByScenario,
            long loadMs, long calcMs, long persistMs, long totalMs, double wallMs, long queries) {

        public RunFigures {
            rowsByScenario = Map.copyOf(rowsByScenario);
        }

        static RunFigures of(RunRecord run, double wallMs) {
            Map<String, Integer> byScenario = new java.util.TreeMap<>();
            run.rowsByScenario().forEach((scenario, n) -> byScenario.put(scenario.name(), n));
            int rows = byScenario.values().stream().mapToInt(Integer::intValue).sum();
            return new RunFigures(run.used().name(), run.dates(), run.movements(), rows, byScenario, run.loadMs(),
                    run.calcMs(), run.persistMs(), run.totalMs(), wallMs, run.queries());
        }

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("strategy", strategy);
            m.put("dates", dates);
            m.put("movements", movements);
            m.put("rowsWritten", rows);
            m.put("rowsByScenario", new java.util.TreeMap<>(rowsByScenario));
            m.put("loadMs", loadMs);
            m.put("calcMs", calcMs);
            m.put("persistMs", persistMs);
            m.put("totalMs", totalMs);
            m.put("wallMs", wallMs);
            m.put("queries", queries);
            return m;
        }
    }

    /** Item 1: the in-memory fold of a whole history, one thread. */
    public record Calculator(String history, int movements, int dates, List<Double> roundsMs) {
        public Calculator {
            roundsMs = List.copyOf(roundsMs);
        }

        double bestMovementsPerSecond() {
            return movements / (roundsMs.stream().mapToDouble(Double::doubleValue).min().orElseThrow() / 1000.0);
        }

        double medianMovementsPerSecond() {
            return movements / (Stats.median(roundsMs) / 1000.0);
        }
    }

    /** Item 2: a full batch recompute of a freshly loaded history (every row an insert). */
    public record FullRecompute(String history, int movements, int tradingDays, double setupMs, RunFigures batch,
            long baselineHeapBytes, long peakAfterGcBytes, long peakHeapBytes) {
    }

    /** Items 3 and 6: the same back-dated change processed per-date and with batch, from the same stored rows. */
    public record Backdated(String history, LocalDate changeDate, RunFigures perDate, RunFigures batch,
            boolean sameRowsWritten) {
        double ratio() {
            return perDate.wallMs() / batch.wallMs();
        }
    }

    /** Item 4: movements dated today recorded one at a time (validation, storage, per-date run of one date). */
    public record SingleToday(String history, int repetitions, List<Double> millis, long medianQueries,
            String strategy, int dates) {
        public SingleToday {
            millis = List.copyOf(millis);
        }

        double medianMs() {
            return Stats.median(millis);
        }

        double p95Ms() {
            return Stats.percentile(millis, 95);
        }
    }

    /**
     * Item 5: the same rows written by the snapshot store's batched write and by a plain JDBC batched
     * insert into scratch copies of its tables; and the persist phase of the full recompute.
     */
    public record Persistence(int rows, List<Double> storeRoundsMs, List<Double> jdbcRoundsMs, int runRows,
            long runPersistMs) {
        public Persistence {
            storeRoundsMs = List.copyOf(storeRoundsMs);
            jdbcRoundsMs = List.copyOf(jdbcRoundsMs);
        }

        /** One round of each side. */
        public Persistence(int rows, double storeMs, double jdbcMs, int runRows, long runPersistMs) {
            this(rows, List.of(storeMs), List.of(jdbcMs), runRows, runPersistMs);
        }

        /** Median over the rounds. */
        double storeMs() {
            return Stats.median(storeRoundsMs);
        }

        /** Median over the rounds. */
        double jdbcMs() {
            return Stats.median(jdbcRoundsMs);
        }

        double storeRowsPerSecond() {
            return rows / (storeMs() / 1000.0);
        }

        double jdbcRowsPerSecond() {
            return rows / (jdbcMs() / 1000.0);
        }

        double runRowsPerSecond() {
            return runPersistMs == 0 ? Double.NaN : runRows / (runPersistMs / 1000.0);
        }

        /** Store throughput as a share of plain JDBC throughput. */
        double ratio() {
            return storeRowsPerSecond() / jdbcRowsPerSecond();
        }

        double runRatio() {
            return runRowsPerSecond() / jdbcRowsPerSecond();
        }
    }

    /** Item 6: one history length. */
    public record GrowthPoint(String history, int tradingDays, int movements, RunFigures fullBatch,
            long noChangeBatchQueries, Backdated backdated) {
    }

    /** A target of DESIGN §8 and whether this run met it. */
    public record Target(String name, String target, String measured, boolean met) {
    }

    public List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        targets.add(new Target("calculator throughput", ">= 1,000,000 movements/s",
                count(calculator.bestMovementsPerSecond()) + " movements/s", calculator.bestMovementsPerSecond() >= 1e6));
        targets.add(new Target("full recompute, batch (" + fullRecompute.history() + ")", "<= 2,000 ms",
                ms(fullRecompute.batch().wallMs()) + " ms", fullRecompute.batch().wallMs() <= 2000));
        long liveMb = fullRecompute.peakAfterGcBytes() >> 20;
        targets.add(new Target("heap during the full recompute", "<= 256 MB", liveMb + " MB in use after GC (max heap "
                + (environment.maxHeapBytes() >> 20) + " MB)", liveMb <= 256));
        targets.add(new Target("batch vs per-date, back-dated change (" + backdated.history() + ")", ">= 50x",
                String.format(Locale.ROOT, "%.1fx", backdated.ratio()), backdated.ratio() >= 50));
        targets.add(new Target("batch persistence vs plain JDBC", ">= 80 %",
                String.format(Locale.ROOT, "%.0f %%", persistence.ratio() * 100), persistence.ratio() >= 0.8));
        targets.add(new Target("single movement today, median", "<= 20 ms", ms(singleToday.medianMs()) + " ms",
                singleToday.medianMs() <= 20));
        long maxLoad = growth.stream().mapToLong(GrowthPoint::noChangeBatchQueries).max().orElse(0);
        boolean constant = growth.stream().mapToLong(GrowthPoint::noChangeBatchQueries).distinct().count() == 1;
        targets.add(new Target("batch load queries, constant", "<= 6, same for every length",
                growth.stream().map(g -> String.valueOf(g.noChangeBatchQueries())).toList().toString(),
                constant && maxLoad <= 6));
        return targets;
    }

    /** The batch load's query counts are equal for every history length. */
    public boolean batchLoadQueriesConstant() {
        return growth.stream().mapToLong(GrowthPoint::noChangeBatchQueries).distinct().count() == 1;
    }

    // ---- rendering ----

    public void printTable(PrintWriter out) {
        Environment e = environment;
        out.printf(Locale.ROOT, "Snapfolio bench (%s) — today %s, JDK %s, %d cores, max heap %d MB, %s (%s)%n",
                e.profile(), e.today(), e.jdk(), e.cores(), e.maxHeapBytes() >> 20, e.database(), e.databaseKind());
        if (!e.profile().equals("full")) {
            out.println("Quick sizes: the figures check that the bench works; they are not comparable to the targets.");
        }
        out.println();
        Table figures = new Table("item", "figure", "value");
        figures.row("1 calculator", calculator.history() + ": movements / dates",
                count(calculator.movements()) + " / " + count(calculator.dates()));
        figures.row("", "fold ms per round", String.join(" ", calculator.roundsMs().stream().map(BenchReport::ms).toList()));
        figures.row("", "movements/s best / median", count(calculator.bestMovementsPerSecond()) + " / "
                + count(calculator.medianMovementsPerSecond()));
        FullRecompute f = fullRecompute;
        figures.row("2 full recompute", f.history() + ": movements / dates",
                count(f.movements()) + " / " + count(f.batch().dates()));
        figures.row("", "load / calc / persist / total ms", f.batch().loadMs() + " / " + f.batch().calcMs() + " / "
                + f.batch().persistMs() + " / " + f.batch().totalMs());
        figures.row("", "end-to-end ms (call)", ms(f.batch().wallMs()));
        figures.row("", "queries / rows written", f.batch().queries() + " / " + count(f.batch().rows()));
        figures.row("", "heap MB before / peak after GC / high-water", (f.baselineHeapBytes() >> 20) + " / "
                + (f.peakAfterGcBytes() >> 20) + " / " + (f.peakHeapBytes() >> 20));
        figures.row("", "loading the history (setup) ms", ms(f.setupMs()));
        Backdated b = backdated;
        figures.row("3 back-dated change", b.history() + ", change dated " + b.changeDate(), "");
        figures.row("", "per-date ms / queries / dates", ms(b.perDate().wallMs()) + " / " + b.perDate().queries()
                + " / " + b.perDate().dates());
        figures.row("", "batch ms / queries / dates", ms(b.batch().wallMs()) + " / " + b.batch().queries() + " / "
                + b.batch().dates());
        figures.row("", "batch speed-up", String.format(Locale.ROOT, "%.1fx (same rows written: %s)", b.ratio(),
                b.sameRowsWritten() ? "yes" : "NO"));
        SingleToday s = singleToday;
        figures.row("4 movement today", s.history() + ", " + s.repetitions() + " repetitions",
                "strategy " + s.strategy() + ", " + s.dates() + " date(s), " + s.medianQueries() + " queries");
        figures.row("", "median / p95 ms", ms(s.medianMs()) + " / " + ms(s.p95Ms()));
        Persistence p = persistence;
        figures.row("5 persistence", "rows (financial + ticker + state)", count(p.rows()));
        figures.row("", "rounds (alternating), medians below", String.valueOf(p.storeRoundsMs().size()));
        figures.row("", "snapshot store rows/s", count(p.storeRowsPerSecond()) + " (" + ms(p.storeMs()) + " ms; rounds "
                + p.storeRoundsMs().stream().map(BenchReport::ms).toList() + ")");
        figures.row("", "plain JDBC batch rows/s", count(p.jdbcRowsPerSecond()) + " (" + ms(p.jdbcMs()) + " ms; rounds "
                + p.jdbcRoundsMs().stream().map(BenchReport::ms).toList() + ")");
        figures.row("", "store / JDBC", String.format(Locale.ROOT, "%.0f %%", p.ratio() * 100));
        figures.row("", "full recompute persist phase rows/s", count(p.runRowsPerSecond()) + String.format(Locale.ROOT,
                " (%.0f %% of JDBC)", p.runRatio() * 100));
        figures.print(out);
        out.println();

        out.println("6 growth with history length (back-dated change from the second trading day):");
        Table growthTable = new Table("history", "dates", "movements", "full batch ms", "per-date ms", "per-date q",
                "batch ms", "batch q", "speed-up", "batch load q");
        for (GrowthPoint g : growth) {
            growthTable.row(g.history(), count(g.tradingDays()), count(g.movements()), ms(g.fullBatch().wallMs()),
                    ms(g.backdated().perDate().wallMs()), String.valueOf(g.backdated().perDate().queries()),
                    ms(g.backdated().batch().wallMs()), String.valueOf(g.backdated().batch().queries()),
                    String.format(Locale.ROOT, "%.1fx", g.backdated().ratio()), String.valueOf(g.noChangeBatchQueries()));
        }
        growthTable.print(out);
        out.println();

        out.println("Targets (DESIGN §8):");
        Table targetTable = new Table("target", "wanted", "measured", "");
        for (Target t : targets()) {
            targetTable.row(t.name(), t.target(), t.measured(), t.met() ? "met" : "MISSED");
        }
        targetTable.print(out);
        out.flush();
    }

    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        Environment e = environment;
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("profile", e.profile());
        env.put("today", e.today());
        env.put("startedAt", e.startedAt());
        env.put("jdk", e.jdk());
        env.put("os", e.os());
        env.put("cores", e.cores());
        env.put("maxHeapMb", e.maxHeapBytes() >> 20);
        env.put("database", e.database());
        env.put("databaseKind", e.databaseKind());
        root.put("environment", env);

        Map<String, Object> calc = new LinkedHashMap<>();
        calc.put("history", calculator.history());
        calc.put("movements", calculator.movements());
        calc.put("dates", calculator.dates());
        calc.put("roundsMs", calculator.roundsMs());
        calc.put("bestMovementsPerSecond", calculator.bestMovementsPerSecond());
        calc.put("medianMovementsPerSecond", calculator.medianMovementsPerSecond());
        root.put("calculator", calc);

        Map<String, Object> full = new LinkedHashMap<>();
        full.put("history", fullRecompute.history());
        full.put("movements", fullRecompute.movements());
        full.put("tradingDays", fullRecompute.tradingDays());
        full.put("setupMs", fullRecompute.setupMs());
        full.put("batch", fullRecompute.batch().json());
        full.put("baselineHeapMb", fullRecompute.baselineHeapBytes() >> 20);
        full.put("peakHeapAfterGcMb", fullRecompute.peakAfterGcBytes() >> 20);
        full.put("peakHeapMb", fullRecompute.peakHeapBytes() >> 20);
        root.put("fullRecompute", full);

        root.put("backdatedChange", backdatedJson(backdated));

        Map<String, Object> single = new LinkedHashMap<>();
        single.put("history", singleToday.history());
        single.put("repetitions", singleToday.repetitions());
        single.put("medianMs", singleToday.medianMs());
        single.put("p95Ms", singleToday.p95Ms());
        single.put("strategy", singleToday.strategy());
        single.put("dates", singleToday.dates());
        single.put("medianQueries", singleToday.medianQueries());
        root.put("singleMovementToday", single);

        Map<String, Object> persist = new LinkedHashMap<>();
        persist.put("rows", persistence.rows());
        persist.put("storeMs", persistence.storeMs());
        persist.put("jdbcMs", persistence.jdbcMs());
        persist.put("storeRoundsMs", persistence.storeRoundsMs());
        persist.put("jdbcRoundsMs", persistence.jdbcRoundsMs());
        persist.put("storeRowsPerSecond", persistence.storeRowsPerSecond());
        persist.put("jdbcRowsPerSecond", persistence.jdbcRowsPerSecond());
        persist.put("storeToJdbcRatio", persistence.ratio());
        persist.put("fullRecomputePersistRows", persistence.runRows());
        persist.put("fullRecomputePersistMs", persistence.runPersistMs());
        persist.put("fullRecomputePersistToJdbcRatio", persistence.runRatio());
        root.put("persistence", persist);

        List<Object> points = new ArrayList<>();
        for (GrowthPoint g : growth) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("history", g.history());
            m.put("tradingDays", g.tradingDays());
            m.put("movements", g.movements());
            m.put("fullBatch", g.fullBatch().json());
            m.put("noChangeBatchQueries", g.noChangeBatchQueries());
            m.put("perDateQueries", g.backdated().perDate().queries());
            m.put("batchQueries", g.backdated().batch().queries());
            m.put("backdatedChange", backdatedJson(g.backdated()));
            points.add(m);
        }
        root.put("growth", points);

        List<Object> targetList = new ArrayList<>();
        for (Target t : targets()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", t.name());
            m.put("target", t.target());
            m.put("measured", t.measured());
            m.put("met", t.met());
            targetList.add(m);
        }
        root.put("targets", targetList);
        return Json.write(root);
    }

    private static Map<String, Object> backdatedJson(Backdated b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("history", b.history());
        m.put("changeDate", b.changeDate());
        m.put("perDate", b.perDate().json());
        m.put("batch", b.batch().json());
        m.put("speedUp", b.ratio());
        m.put("sameRowsWritten", b.sameRowsWritten());
        return m;
    }

    static String ms(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%,.0f", millis) : String.format(Locale.ROOT, "%.1f", millis);
    }

    static String count(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    /** Column-aligned text. */
    private static final class Table {
        private final List<String[]> rows = new ArrayList<>();

        Table(String... header) {
            rows.add(header);
        }

        void row(String... cells) {
            rows.add(cells);
        }

        void print(PrintWriter out) {
            int columns = rows.get(0).length;
            int[] widths = new int[columns];
            for (String[] r : rows) {
                for (int i = 0; i < columns; i++) {
                    widths[i] = Math.max(widths[i], r[i].length());
                }
            }
            for (int n = 0; n < rows.size(); n++) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < columns; i++) {
                    line.append(String.format("%-" + widths[i] + "s", rows.get(n)[i]));
                    if (i < columns - 1) {
                        line.append("  ");
                    }
                }
                out.println(line.toString().stripTrailing());
                if (n == 0) {
                    int total = 0;
                    for (int w : widths) {
                        total += w;
                    }
                    out.println("-".repeat(total + 2 * (columns - 1)));
                }
            }
        }
    }
}
