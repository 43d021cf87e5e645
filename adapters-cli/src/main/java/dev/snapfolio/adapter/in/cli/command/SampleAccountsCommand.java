package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.adapter.in.cli.format.Column;
import dev.snapfolio.adapter.in.cli.format.Table;
import dev.snapfolio.application.port.in.CreateSampleAccountsUseCase;
import dev.snapfolio.application.port.in.CreateSampleAccountsUseCase.SampleAccount;
import dev.snapfolio.application.port.in.RebuildAccountsUseCase;
import dev.snapfolio.application.port.in.RebuildAccountsUseCase.AccountRange;
import dev.snapfolio.application.port.in.RebuildAccountsUseCase.RangeResult;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.sampledata.GeneratedHistory;
import dev.snapfolio.sampledata.HistoryGenerator;
import dev.snapfolio.sampledata.HistorySpec;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "sample-accounts", description = "Creates many accounts with generated histories (to try and measure "
        + "bulk work), then rebuilds them unless --no-process.",
        footer = {"", "Every account gets its own seeded history (about one movement a trading day over 5 tickers in 2 "
                + "currencies: trades, options, dividends, fees, interest, conversions; no splits) ending yesterday; "
                + "all share one price history on tickers reserved for generated data (DEMO0<seed>:T00 ...), so they "
                + "never touch real data. Accounts are named sample-<seed>-<n>; the same seed twice is refused.",
                "With --no-process the accounts are left dirty (refresh or rebuild processes them)."})
public class SampleAccountsCommand implements Callable<Integer> {
    /** Accounts stored per transaction. */
    static final int CHUNK = 50;

    private final Provider<CreateSampleAccountsUseCase> create;
    private final Provider<RebuildAccountsUseCase> rebuild;
    private final Provider<Clock> clock;
    private final Output output;

    @Option(names = "--accounts", required = true, paramLabel = "N", description = "How many accounts (1..100000).")
    int accounts;

    @Option(names = "--years", paramLabel = "Y", description = "Years of history each (default ${DEFAULT-VALUE}).")
    int years = 2;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the histories (default ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--no-process", description = "Leave the accounts dirty instead of rebuilding them.")
    boolean noProcess;

    @Inject
    SampleAccountsCommand(Provider<CreateSampleAccountsUseCase> create, Provider<RebuildAccountsUseCase> rebuild,
            Provider<Clock> clock, Output output) {
        this.create = create;
        this.rebuild = rebuild;
        this.clock = clock;
        this.output = output;
    }

    @Override
    public Integer call() {
        if (accounts < 1 || accounts > 100_000) {
            throw new UsageException("--accounts must be between 1 and 100000, got " + accounts);
        }
        if (years < 1 || years > 20) {
            throw new UsageException("--years must be between 1 and 20, got " + years);
        }
        if (seed < 0 || seed > 999_999_999L) {
            throw new UsageException("--seed must be between 0 and 999999999, got " + seed);
        }
        LocalDate today = LocalDate.now(clock.get());
        HistorySpec spec = spec(years, today, seed);
        long started = System.nanoTime();
        GeneratedHistory shared = HistoryGenerator.generate(spec);
        CreateSampleAccountsUseCase useCase = create.get();
        long movements = 0;
        long firstId = 0;
        long lastId = 0;
        boolean progress = System.console() != null;
        for (int from = 1; from <= accounts; from += CHUNK) {
            int to = Math.min(accounts, from + CHUNK - 1);
            List<SampleAccount> chunk = new ArrayList<>(to - from + 1);
            for (int n = from; n <= to; n++) {
                GeneratedHistory history = HistoryGenerator.generate(spec.withSeed(accountSeed(seed, n)));
                List<Movement> own = new ArrayList<>(history.movements().size());
                int line = 0;
                for (Movement m : history.movements()) {
                    own.add(m.withSourceKey("sample:" + (++line)));
                }
                chunk.add(new SampleAccount("sample-" + seed + "-" + n, Currency.USD, own));
                movements += own.size();
            }
            boolean firstChunk = from == 1;
            List<Account> created = useCase.createSampleAccounts(firstChunk ? shared.prices() : List.of(),
                    firstChunk ? shared.splits() : List.of(), chunk);
            if (firstChunk) {
                firstId = created.get(0).id();
            }
            lastId = created.get(created.size() - 1).id();
            if (progress) {
                output.progress("stored " + to + " of " + accounts + " accounts");
            }
        }
        long storeMs = (System.nanoTime() - started) / 1_000_000;
        long rows = 0;
        long failures = 0;
        long processMs = 0;
        if (!noProcess) {
            long processStart = System.nanoTime();
            RebuildAccountsUseCase rebuilder = rebuild.get();
            for (AccountRange range : rebuilder.ranges(500, Optional.of(new AccountRange(firstId, lastId)))) {
                RangeResult result = rebuilder.rebuild(range);
                rows += result.rowsWritten();
                failures += result.failures();
                result.accounts().stream().filter(a -> a.failed()).forEach(a -> output.err().println(
                        "error: account #" + a.accountId() + " not processed: " + a.failure().orElse("")));
                if (progress) {
                    output.progress("processed accounts " + range);
                }
            }
            output.err().flush();
            processMs = (System.nanoTime() - processStart) / 1_000_000;
        }
        output.table(new Table(Column.integer("accounts"), Column.text("ids"), Column.integer("movements"),
                Column.integer("prices"), Column.integer("store_ms"), Column.text("processed"),
                Column.integer("rows_written"), Column.integer("failures"), Column.integer("process_ms"))
                .add(accounts, firstId + ".." + lastId, movements, shared.prices().size(), storeMs,
                        noProcess ? "no (left dirty)" : "yes", rows, failures, processMs));
        return failures == 0 ? ExitCode.OK : ExitCode.FAILURE;
    }

    /**
     * About one movement a trading day over 5 tickers in 2 currencies, no splits, ending yesterday,
     * on the tickers {@code DEMO0<seed>:...} reserved for generated data.
     */
    static HistorySpec spec(int years, LocalDate today, long seed) {
        HistorySpec base = HistorySpec.years(years).endingOn(today.minusDays(1));
        return new HistorySpec("sample", base.start(), base.end(), 5, 2, 1, 0, seed, "DEMO0" + seed + ":");
    }

    /** Each account's own seed, from the command's seed and its number. */
    static long accountSeed(long seed, int n) {
        return seed * 1_000_003L + n;
    }
}
