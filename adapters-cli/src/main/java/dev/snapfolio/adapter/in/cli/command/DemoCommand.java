package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.adapter.in.cli.format.SnapshotTables;
import dev.snapfolio.adapter.in.cli.format.Table;
import dev.snapfolio.application.port.in.AccountQueries;
import dev.snapfolio.application.port.in.CreateDemoUseCase;
import dev.snapfolio.application.port.in.CreateDemoUseCase.CreateDemoCommand;
import dev.snapfolio.application.port.in.CreateDemoUseCase.DemoResult;
import dev.snapfolio.application.port.in.SnapshotQueries;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.sampledata.GeneratedHistory;
import dev.snapfolio.sampledata.HistoryGenerator;
import dev.snapfolio.sampledata.HistorySpec;
import dev.snapfolio.application.port.in.ProgressListener;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", description = "Creates a demo account with a multi-year history (prices and splits included), "
        + "processes it, and prints a summary and its latest snapshots.",
        footer = {"", "The demo touches nothing it did not create: its tickers are its own (DEMO:AAPL, DEMO:MSFT, ...; "
                + "symbols starting with DEMO: or DEMO<n>: are refused for real data), and its account, movements, "
                + "prices and splits are written in one transaction, so a failed demo leaves nothing behind.",
                "Running it again (any options) adds another demo with its own account and tickers (DEMO2:AAPL, ...)."})
public class DemoCommand implements Callable<Integer> {
    /** Enough for every demo anyone runs on one database; a bound so the search for a free tag ends. */
    private static final int MAX_DEMOS = 999;

    private final Provider<AccountQueries> accounts;
    private final Provider<CreateDemoUseCase> createDemo;
    private final Provider<SnapshotQueries> snapshots;
    private final Provider<Clock> clock;
    private final Output output;

    @Option(names = "--name", paramLabel = "NAME", description = "Account name (default ${DEFAULT-VALUE}; a number is added when taken).")
    String name = "demo";

    @Option(names = "--years", paramLabel = "N", description = "Years of history (default ${DEFAULT-VALUE}).")
    int years = 3;

    @Option(names = "--last", paramLabel = "N", description = "How many of the latest snapshot dates to print (default ${DEFAULT-VALUE}).")
    int last = 10;

    @Inject
    DemoCommand(Provider<AccountQueries> accounts, Provider<CreateDemoUseCase> createDemo,
            Provider<SnapshotQueries> snapshots, Provider<Clock> clock, Output output) {
        this.accounts = accounts;
        this.createDemo = createDemo;
        this.snapshots = snapshots;
        this.clock = clock;
        this.output = output;
    }

    @Override
    public Integer call() {
        if (years < 1 || years > 20) {
            throw new UsageException("--years must be between 1 and 20, got " + years);
        }
        if (last < 0) {
            throw new UsageException("--last must be >= 0, got " + last);
        }
        LocalDate today = LocalDate.now(clock.get());
        String tag = freeTag();
        output.progress("generating " + years + (years == 1 ? " year" : " years") + " of history up to " + today.minusDays(1) + " ...");
        GeneratedHistory demo = history(years, today, tag);
        output.progress(String.format("generated %,d movements over %,d trading days (%s .. %s), %d tickers, "
                + "%d currencies, %d splits (seed %d)", demo.movements().size(), demo.tradingDays().size(),
                demo.firstDate(), demo.lastDate(), demo.tickers().size(), demo.currencies().size(),
                demo.splits().size(), demo.spec().seed()));

        List<Movement> movements = new ArrayList<>(demo.movements().size());
        int line = 0;
        for (Movement m : demo.movements()) {
            movements.add(m.withSourceKey("demo:" + (++line)));
        }
        output.progress("storing and processing " + movements.size() + " movements, " + demo.prices().size()
                + " prices and " + demo.splits().size() + " splits ...");
        ProgressListener progress = TerminalProgress.forTerminal(output.err());
        DemoResult result;
        try {
            result = createDemo.get().createDemo(new CreateDemoCommand(freeName(), "Demo Broker", Currency.USD,
                    demo.prices(), demo.splits(), movements), progress);
        } finally {
            TerminalProgress.finish(progress);
        }
        Account account = result.account();

        Set<Currency> currencies = demo.movements().stream().flatMap(m -> m.currencies().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> tickers = demo.movements().stream().filter(m -> m.detail().ticker() != null)
                .map(m -> m.detail().ticker().symbol()).collect(Collectors.toCollection(TreeSet::new));
        output.message("demo account '" + account.name() + "' (#" + account.id() + "): " + result.movements()
                + " movements from " + demo.movements().get(0).timestamp().toLocalDate() + " to "
                + demo.movements().get(demo.movements().size() - 1).timestamp().toLocalDate() + ", "
                + tickers.size() + " tickers (" + String.join(" ", tickers) + "), " + currencies.size() + " currencies "
                + currencies + ", " + demo.prices().size() + " prices, " + demo.splits().size() + " splits");
        int exit = result.outcome().map(o -> Outcomes.report(o, output)).orElse(ExitCode.OK);

        List<FinancialSnapshot> all = snapshots.get().financials(account.id(), null, null, null);
        List<FinancialSnapshot> latest = latestDates(all, last);
        output.message("");
        output.message("latest snapshots (" + latest.size() + " of " + all.size() + " rows; all of them: "
                + "snapfolio snapshots --account " + account.name() + "):");
        Table table = SnapshotTables.financials(latest);
        output.table(output.forPeople() ? table.select(SnapshotTables.FINANCIAL_NARROW) : table);
        return exit;
    }

    /** The first demo tag ("", "2", "3", ...) whose tickers nobody has data for. */
    private String freeTag() {
        // The generator's tickers (the same for any length of history): a two-week one names them.
        List<Ticker> symbols = HistoryGenerator.generate(HistorySpec.tiny().withTickers(10).withTickerPrefix("DEMO:"))
                .tickers();
        for (int n = 1; n <= MAX_DEMOS; n++) {
            String tag = n == 1 ? "" : Integer.toString(n);
            List<Ticker> tagged = symbols.stream().map(t -> retag(t, tag)).toList();
            if (!createDemo.get().tickersInUse(tagged)) {
                return tag;
            }
        }
        throw new UsageException("this database already holds " + MAX_DEMOS + " demos; remove some (or use another "
                + "database) before creating more");
    }

    private static Ticker retag(Ticker demoTicker, String tag) {
        String symbol = demoTicker.symbol();
        return Ticker.demo(tag, symbol.substring(symbol.indexOf(':') + 1));
    }

    /**
     * The seeded generator's history ending the day before today: 10 tickers in 2 currencies, about
     * 8 movements a trading day (stocks with shorts and partial closes, options with expiries,
     * assignments and exercises, dividends with tax, fees, interest, conversions, splits), on the
     * demo's own tickers ({@code DEMO<tag>:AAPL} ...). The same years, today and tag always give the
     * same history.
     */
    static GeneratedHistory history(int years, LocalDate today, String tag) {
        return HistoryGenerator.generate(HistorySpec.years(years).endingOn(today.minusDays(1)).withTickers(10)
                .withMovementsPerDay(8).withTickerPrefix("DEMO" + tag + ":"));
    }

    private String freeName() {
        Set<String> taken = accounts.get().list().stream().map(Account::name).collect(Collectors.toSet());
        if (!taken.contains(name)) {
            return name;
        }
        for (int i = 2; ; i++) {
            if (!taken.contains(name + "-" + i)) {
                return name + "-" + i;
            }
        }
    }

    /** The rows of the last {@code n} snapshot dates. */
    static List<FinancialSnapshot> latestDates(List<FinancialSnapshot> rows, int n) {
        TreeSet<LocalDate> dates = rows.stream().map(FinancialSnapshot::date).collect(Collectors.toCollection(TreeSet::new));
        Set<LocalDate> keep = new TreeSet<>();
        for (LocalDate date : dates.descendingSet()) {
            if (keep.size() == n) {
                break;
            }
            keep.add(date);
        }
        return rows.stream().filter(r -> keep.contains(r.date())).toList();
    }
}
