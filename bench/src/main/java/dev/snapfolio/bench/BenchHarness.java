package dev.snapfolio.bench;

import dev.snapfolio.application.port.in.CreateAccountUseCase;
import dev.snapfolio.application.port.in.CreateAccountUseCase.CreateAccountCommand;
import dev.snapfolio.application.port.in.MovementChangeResult;
import dev.snapfolio.application.port.in.ProcessingControlUseCase;
import dev.snapfolio.application.port.in.RecomputeUseCase;
import dev.snapfolio.application.port.in.RecomputeUseCase.RecomputeCommand;
import dev.snapfolio.application.port.in.RecordMovementUseCase;
import dev.snapfolio.application.port.in.RecordMovementUseCase.RecordMovementCommand;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.ReferenceDataRepository;
import dev.snapfolio.application.port.out.SnapshotChanges;
import dev.snapfolio.application.port.out.SnapshotChanges.FinancialKey;
import dev.snapfolio.application.port.out.SnapshotChanges.StateKey;
import dev.snapfolio.application.port.out.SnapshotChanges.TickerKey;
import dev.snapfolio.application.port.out.SnapshotStore;
import dev.snapfolio.application.port.out.StoredSnapshots;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.application.processing.BatchProcessor;
import dev.snapfolio.application.port.in.ProcessingOutcome;
import dev.snapfolio.application.processing.ProcessingResult;
import dev.snapfolio.application.port.in.RunRecord;
import dev.snapfolio.application.port.in.RunStatus;
import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.bench.BenchReport.Backdated;
import dev.snapfolio.bench.BenchReport.Calculator;
import dev.snapfolio.bench.BenchReport.Environment;
import dev.snapfolio.bench.BenchReport.FullRecompute;
import dev.snapfolio.bench.BenchReport.GrowthPoint;
import dev.snapfolio.bench.BenchReport.Persistence;
import dev.snapfolio.bench.BenchReport.RunFigures;
import dev.snapfolio.bench.BenchReport.SingleToday;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.calc.HistoryFold;
import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.Side;
import dev.snapfolio.domain.movement.Trade;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.domain.state.AccountState;
import dev.snapfolio.sampledata.GeneratedHistory;
import dev.snapfolio.sampledata.HistoryGenerator;
import dev.snapfolio.sampledata.HistorySpec;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The {@code snapfolio bench} harness: measures, in one run, on the database the injector is wired
 * to (the embedded MariaDB by default, an external one when {@code SNAPFOLIO_DB_URL} is set), the
 * figures of DESIGN §8 — (1) the calculator's throughput, (2) a full batch recompute of the largest
 * history with its phases, queries, rows and peak heap, (3) the same back-dated change processed
 * per-date and with batch, (4) single movements dated today, (5) the snapshot store's batched write
 * against a plain JDBC batch of the same rows, (6) how both strategies grow with history length.
 *
 * <p>{@link BenchMain} (the {@code snapfolio bench} program) parses {@code --quick --years --json
 * --seed} and gets it from the production injector. Get it from the injector and call
 * {@link #run(BenchOptions, PrintWriter, PrintWriter)}; it prints the table to {@code out}, progress
 * to {@code progress}, writes the JSON report when {@link BenchOptions#jsonFile()} is set, and
 * returns the report. Failures (a run that did not succeed, a database error) are thrown as
 * {@link IllegalStateException} with a one-line message.
 *
 * <p>It creates its own accounts (named {@code bench-…}) and tickers (prefixed {@code B<n>-}) and
 * never touches other data, but it leaves them behind: point the command at a scratch database
 * (a throw-away data directory for the embedded server, or a scratch schema).
 */
public final class BenchHarness {
    private final CreateAccountUseCase accounts;
    private final RecomputeUseCase recompute;
    private final RecordMovementUseCase recordMovement;
    private final MovementRepository movements;
    private final ReferenceDataRepository referenceData;
    private final SnapshotStore store;
    private final UnitOfWork unitOfWork;
    private final BatchProcessor batch;
    private final ProcessingControlUseCase processing;
    private final JdbcBaseline jdbc;
    private final Clock clock;

    @Inject
    public BenchHarness(CreateAccountUseCase accounts, RecomputeUseCase recompute, RecordMovementUseCase recordMovement,
            MovementRepository movements, ReferenceDataRepository referenceData, SnapshotStore store,
            UnitOfWork unitOfWork, BatchProcessor batch, ProcessingControlUseCase processing, DataSource dataSource,
            Clock clock) {
        this.accounts = accounts;
        this.recompute = recompute;
        this.recordMovement = recordMovement;
        this.movements = movements;
        this.referenceData = referenceData;
        this.store = store;
        this.unitOfWork = unitOfWork;
        this.batch = batch;
        this.processing = processing;
        this.jdbc = new JdbcBaseline(dataSource);
        this.clock = clock;
    }

    /** Runs the bench without progress messages. */
    public BenchReport run(BenchOptions options, PrintWriter out) {
        return run(options, out, null);
    }

    public BenchReport run(BenchOptions options, PrintWriter out, PrintWriter progress) {
        Progress log = new Progress(progress);
        LocalDate today = LocalDate.now(clock);
        String tag = Long.toString(System.currentTimeMillis(), 36);
        Environment environment = new Environment(options.profile(), today, Instant.now().toString(),
                Runtime.version().toString(), System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), HeapMeter.maxHeapBytes(), jdbc.describeDatabase(),
                System.getenv("SNAPFOLIO_DB_URL") == null ? "embedded" : "external");

        log.say("1 calculator: folding " + options.calculatorHistory().name() + " in memory");
        Calculator calculator = measureCalculator(options);
        log.say(String.format(Locale.ROOT, "  %,d movements, fold ms %s: best %,.0f movements/s", calculator.movements(),
                calculator.roundsMs().stream().map(BenchReport::ms).toList(), calculator.bestMovementsPerSecond()));

        List<HistorySpec> histories = options.historiesEndingOn(today);
        List<GrowthPoint> growth = new ArrayList<>();
        FullRecompute full = null;
        Backdated compared = null;
        SingleToday single = null;
        Persistence persistence = null;
        for (int i = 0; i < histories.size(); i++) {
            HistorySpec spec = histories.get(i).withTickerPrefix("B" + i + "-");
            boolean largest = i == histories.size() - 1;
            log.say("loading " + spec.name() + " (" + spec.start() + " .. " + spec.end() + ")");
            Fixture fixture = load(spec, "bench-" + tag + "-" + i + "-" + spec.name());

            log.say("2 full batch recompute of " + spec.name());
            RunFigures fullBatch;
            long baseline;
            long peak;
            long peakAfterGc;
            try (HeapMeter heap = HeapMeter.start()) {
                fullBatch = process(fixture.accountId(), null, Strategy.BATCH);
                baseline = heap.baselineBytes();
                peak = heap.peakBytes();
                peakAfterGc = heap.peakAfterGcBytes();
            }
            log.say(String.format(Locale.ROOT, "  %,d movements, %,d dates: %s ms (load %d, calc %d, persist %d), %d queries,"
                    + " %,d rows, heap after GC %d MB (high-water %d MB)", fixture.movementCount(), fullBatch.dates(),
                    BenchReport.ms(fullBatch.wallMs()), fullBatch.loadMs(), fullBatch.calcMs(), fullBatch.persistMs(),
                    fullBatch.queries(), fullBatch.rows(), peakAfterGc >> 20, peak >> 20));
            long noChangeQueries = batchLoadQueries(fixture, today);
            int storedDates = store.findStoredDates(fixture.accountId(), fixture.firstDate(), today).size();

            log.say("3/6 back-dated change on " + spec.name() + ": per-date, then batch");
            Backdated backdated = backdated(fixture, spec.name());
            log.say(String.format(Locale.ROOT, "  per-date %s ms, %d queries, %d dates; batch %s ms, %d queries; %.1fx;"
                    + " batch load %d queries", BenchReport.ms(backdated.perDate().wallMs()), backdated.perDate().queries(),
                    backdated.perDate().dates(), BenchReport.ms(backdated.batch().wallMs()), backdated.batch().queries(),
                    backdated.ratio(), noChangeQueries));
            growth.add(new GrowthPoint(spec.name(), fixture.tradingDays().size(), fixture.movementCount(), fullBatch,
                    noChangeQueries, backdated));
            if (i == options.compareIndex()) {
                compared = backdated;
                log.say("4 " + options.singleRepetitions() + " movements dated today on " + spec.name());
                single = singleToday(fixture, spec.name(), today, tag, options);
                log.say(String.format(Locale.ROOT, "  median %s ms, p95 %s ms", BenchReport.ms(single.medianMs()),
                        BenchReport.ms(single.p95Ms())));
            }
            if (largest) {
                full = new FullRecompute(spec.name(), fixture.movementCount(), fixture.tradingDays().size(),
                        fixture.setupMs(), fullBatch, baseline, peakAfterGc, peak);
                log.say("5 persistence: snapshot store against plain JDBC on " + spec.name());
                persistence = persistence(fixture, today, fullBatch.rows() + storedDates, fullBatch.persistMs(),
                        options.persistenceRounds());
                log.say(String.format(Locale.ROOT, "  %,d rows: store %s ms, plain JDBC %s ms (%.0f %%)", persistence.rows(),
                        BenchReport.ms(persistence.storeMs()), BenchReport.ms(persistence.jdbcMs()), persistence.ratio() * 100));
            }
        }
        BenchReport report = new BenchReport(environment, calculator, full, compared, single, persistence, growth);
        report.printTable(out);
        if (options.jsonFile() != null) {
            writeJson(options.jsonFile(), report);
            log.say("JSON report written to " + options.jsonFile());
        }
        return report;
    }

    // ---- item 1 ----

    private Calculator measureCalculator(BenchOptions options) {
        GeneratedHistory history = HistoryGenerator.generate(options.calculatorHistory());
        List<Movement> all = history.numberedMovements();
        ReferenceData refs = history.referenceData();
        Policy policy = history.policy();
        int dates = 0;
        for (int i = 0; i < options.calculatorWarmups(); i++) {
            dates = HistoryFold.full(1L, all, refs, policy).size();
        }
        List<Double> rounds = new ArrayList<>();
        for (int i = 0; i < options.calculatorRounds(); i++) {
            long started = System.nanoTime();
            dates = HistoryFold.full(1L, all, refs, policy).size();
            rounds.add(millisSince(started));
        }
        return new Calculator(options.calculatorHistory().name(), all.size(), dates, rounds);
    }

    // ---- fixtures ----

    /** What the bench keeps of a loaded history (the history itself is let go before measuring heap). */
    private record Fixture(long accountId, List<LocalDate> tradingDays, int movementCount, Ticker ticker,
            Currency currency, BigDecimal lastClose, Map<LocalDate, BigDecimal> closes, double setupMs) {
        LocalDate firstDate() {
            return tradingDays.get(0);
        }
    }

    private Fixture load(HistorySpec spec, String accountName) {
        long started = System.nanoTime();
        Account account = accounts.create(new CreateAccountCommand(accountName, "bench", null));
        GeneratedHistory history = HistoryGenerator.generate(spec, account.id());
        unitOfWork.run(() -> {
            referenceData.savePrices(history.prices());
            referenceData.saveSplits(history.splits());
        });
        unitOfWork.run(() -> movements.insertAll(history.movements()));
        Ticker ticker = history.tickers().get(0);
        Map<LocalDate, BigDecimal> closes = new java.util.HashMap<>();
        for (Price p : history.prices()) {
            if (p.ticker().equals(ticker)) {
                closes.put(p.date(), p.close());
            }
        }
        return new Fixture(account.id(), history.tradingDays(), history.movements().size(), ticker,
                history.currencies().get(0), closes.get(history.lastDate()), closes, millisSince(started));
    }

    // ---- items 3 and 6 ----

    /**
     * A forgotten purchase dated on the second trading day, processed per-date; then removed and
     * the rows restored; then the same purchase processed with batch. Both runs start from the same
     * stored rows and must write the same rows.
     */
    private Backdated backdated(Fixture fixture, String history) {
        LocalDate day = fixture.tradingDays().get(Math.min(1, fixture.tradingDays().size() - 1));
        Movement change = new Movement(0, fixture.accountId(), day.atTime(12, 0), fixture.currency(),
                new Trade(fixture.ticker(), Side.BUY, BigDecimal.ONE, fixture.closes().get(day), null, null), null, null);

        Movement first = unitOfWork.inTransaction(() -> movements.insert(change.withSourceKey("bench-change-1")));
        RunFigures perDate = process(fixture.accountId(), day, Strategy.PER_DATE);
        unitOfWork.run(() -> movements.delete(first.id()));
        process(fixture.accountId(), day, Strategy.BATCH);

        unitOfWork.inTransaction(() -> movements.insert(change.withSourceKey("bench-change-2")));
        RunFigures batch = process(fixture.accountId(), day, Strategy.BATCH);
        return new Backdated(history, day, perDate, batch, perDate.rowsByScenario().equals(batch.rowsByScenario()));
    }

    // ---- item 4 ----

    private SingleToday singleToday(Fixture fixture, String history, LocalDate today, String tag, BenchOptions options) {
        List<Double> millis = new ArrayList<>();
        List<Double> queries = new ArrayList<>();
        String strategy = "";
        int dates = 0;
        int total = options.singleWarmups() + options.singleRepetitions();
        for (int i = 0; i < total; i++) {
            Movement movement = new Movement(0, fixture.accountId(), today.atTime(10, 0).plusSeconds(i),
                    fixture.currency(), new Trade(fixture.ticker(), Side.BUY, BigDecimal.ONE, fixture.lastClose(), null,
                            null), null, "bench-today-" + tag + "-" + i);
            long started = System.nanoTime();
            MovementChangeResult result = recordMovement.record(new RecordMovementCommand(fixture.accountId(), movement));
            double elapsed = millisSince(started);
            RunRecord run = succeeded(result.outcome(), null);
            if (i >= options.singleWarmups()) {
                millis.add(elapsed);
                queries.add((double) run.queries());
                strategy = run.used().name();
                dates = Math.max(dates, run.dates());
            }
        }
        return new SingleToday(history, options.singleRepetitions(), millis, Math.round(Stats.median(queries)), strategy,
                dates);
    }

    // ---- item 5 ----

    private Persistence persistence(Fixture fixture, LocalDate today, int runRows, long runPersistMs, int rounds) {
        long account = fixture.accountId();
        StoredSnapshots stored = store.findRange(account, fixture.firstDate(), today);
        List<FinancialSnapshot> financials = stored.financials();
        List<TickerSnapshot> tickers = stored.tickers();
        // In date order, as a run hands them over (the store reuses the text of books unchanged since
        // the previous state; a hash order would make every state a first one).
        List<AccountState> states = new ArrayList<>(new java.util.TreeMap<>(stored.states()).values());
        int rows = financials.size() + tickers.size() + states.size();
        SnapshotChanges deletes = new SnapshotChanges(List.of(), List.of(),
                financials.stream().map(f -> new FinancialKey(account, f.date(), f.currency())).toList(), List.of(),
                List.of(), tickers.stream().map(t -> new TickerKey(account, t.date(), t.ticker(), t.currency())).toList(),
                List.of(), stored.states().keySet().stream().map(d -> new StateKey(account, d)).toList());
        SnapshotChanges inserts = new SnapshotChanges(financials, List.of(), List.of(), tickers, List.of(), List.of(),
                states, List.of());
        List<JdbcBaseline.TableRows> tableRows = jdbc.read(account);
        int jdbcRows = tableRows.stream().mapToInt(t -> t.values().size()).sum();
        if (jdbcRows != rows) {
            throw new IllegalStateException("the store returned " + rows + " rows but the tables hold " + jdbcRows);
        }
        // Alternating rounds, after one untimed round of each side (so neither pays for a cold start);
        // the medians count: one write of ~1 s on a shared 2-core machine varies by a third.
        unitOfWork.run(() -> store.write(deletes));
        unitOfWork.run(() -> store.write(inserts));
        jdbc.insertIntoScratch(tableRows);
        List<Double> storeMs = new ArrayList<>();
        List<Double> jdbcMs = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            unitOfWork.run(() -> store.write(deletes));
            long started = System.nanoTime();
            unitOfWork.run(() -> store.write(inserts));
            storeMs.add(millisSince(started));
            jdbcMs.add(jdbc.insertIntoScratch(tableRows));
        }
        return new Persistence(rows, storeMs, jdbcMs, runRows, runPersistMs);
    }

    // ---- helpers ----

    /**
     * The batch processor over rows that are up to date: nothing to write, so its statements are
     * exactly its load queries (DESIGN §4.2: at most 6, whatever the range).
     */
    private long batchLoadQueries(Fixture fixture, LocalDate today) {
        Policy policy = new Policy(today, processing.show().expiryGraceDays());
        ProcessingResult result = batch.process(fixture.accountId(), fixture.firstDate(), policy);
        int written = result.rows().totalWritten();
        if (!result.success() || written > 0) {
            throw new IllegalStateException("a batch run over up-to-date rows wrote " + written + " rows"
                    + (result.errors().isEmpty() ? "" : ": " + result.errors()));
        }
        return result.queries();
    }

    private RunFigures process(long accountId, LocalDate from, Strategy strategy) {
        long started = System.nanoTime();
        ProcessingOutcome outcome = recompute.recompute(new RecomputeCommand(accountId, from, strategy));
        double wall = millisSince(started);
        return RunFigures.of(succeeded(outcome, strategy), wall);
    }

    private static RunRecord succeeded(ProcessingOutcome outcome, Strategy expected) {
        RunRecord run = outcome.run();
        if (run.status() != RunStatus.SUCCEEDED) {
            throw new IllegalStateException(String.format(Locale.ROOT, "bench run on account %d ended %s%s%s",
                    run.accountId(), run.status(), run.fallbackReason() == null ? "" : " (" + run.fallbackReason() + ")",
                    run.error() == null ? "" : ": " + run.error()));
        }
        if (expected != null && run.used() != expected) {
            throw new IllegalStateException("bench asked for " + expected + " but the run used " + run.used() + " ("
                    + run.strategyReason() + "); is batch-mode off?");
        }
        return run;
    }

    private static void writeJson(Path file, BenchReport report) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, report.toJson());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the JSON report to " + file + ": " + e.getMessage(), e);
        }
    }

    static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static final class Progress {
        private final PrintWriter out;
        private final long started = System.nanoTime();

        Progress(PrintWriter out) {
            this.out = out;
        }

        void say(String message) {
            if (out != null) {
                out.printf(Locale.ROOT, "[bench %5.1f s] %s%n", (System.nanoTime() - started) / 1e9, message);
                out.flush();
            }
        }
    }
}
