package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.adapter.in.cli.format.SnapshotTables;
import dev.snapfolio.application.port.in.AccountQueries;
import dev.snapfolio.application.port.in.CreateAccountUseCase;
import dev.snapfolio.application.port.in.CreateAccountUseCase.CreateAccountCommand;
import dev.snapfolio.application.port.in.ImportMovementsUseCase;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportMovementsCommand;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportResult;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportRow;
import dev.snapfolio.application.port.in.RecordPricesUseCase;
import dev.snapfolio.application.port.in.RecordPricesUseCase.RecordPricesCommand;
import dev.snapfolio.application.port.in.RecordSplitsUseCase;
import dev.snapfolio.application.port.in.RecordSplitsUseCase.RecordSplitsCommand;
import dev.snapfolio.application.port.in.SnapshotQueries;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.sampledata.GeneratedHistory;
import dev.snapfolio.sampledata.HistoryGenerator;
import dev.snapfolio.sampledata.HistorySpec;
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
        + "processes it, and prints a summary and its latest snapshots.")
public class DemoCommand implements Callable<Integer> {
    private final Provider<AccountQueries> accounts;
    private final Provider<CreateAccountUseCase> createAccount;
    private final Provider<RecordPricesUseCase> recordPrices;
    private final Provider<RecordSplitsUseCase> recordSplits;
    private final Provider<ImportMovementsUseCase> importMovements;
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
    DemoCommand(Provider<AccountQueries> accounts, Provider<CreateAccountUseCase> createAccount,
            Provider<RecordPricesUseCase> recordPrices, Provider<RecordSplitsUseCase> recordSplits,
            Provider<ImportMovementsUseCase> importMovements, Provider<SnapshotQueries> snapshots,
            Provider<Clock> clock, Output output) {
        this.accounts = accounts;
        this.createAccount = createAccount;
        this.recordPrices = recordPrices;
        this.recordSplits = recordSplits;
        this.importMovements = importMovements;
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
        output.progress("generating " + years + (years == 1 ? " year" : " years") + " of history up to " + today.minusDays(1) + " ...");
        GeneratedHistory demo = history(years, today);
        output.progress(String.format("generated %,d movements over %,d trading days (%s .. %s), %d tickers, "
                + "%d currencies, %d splits (seed %d)", demo.movements().size(), demo.tradingDays().size(),
                demo.firstDate(), demo.lastDate(), demo.tickers().size(), demo.currencies().size(),
                demo.splits().size(), demo.spec().seed()));

        Account account = createAccount.get().create(new CreateAccountCommand(freeName(), "Demo Broker", Currency.USD));
        output.progress("created account #" + account.id() + " '" + account.name() + "'");
        if (!demo.prices().isEmpty()) {
            output.progress("recording " + demo.prices().size() + " prices ...");
            recordPrices.get().recordPrices(new RecordPricesCommand(demo.prices()));
        }
        if (!demo.splits().isEmpty()) {
            recordSplits.get().recordSplits(new RecordSplitsCommand(demo.splits()));
        }
        List<ImportRow> rows = new ArrayList<>(demo.movements().size());
        int line = 0;
        for (Movement m : demo.movements()) {
            rows.add(new ImportRow(m.withAccount(account.id()), "demo:" + (++line)));
        }
        output.progress("importing and processing " + rows.size() + " movements ...");
        ImportResult result = importMovements.get().importMovements(
                new ImportMovementsCommand(account.id(), "demo", rows, false));
        result.warnings().forEach(output::warning);

        Set<Currency> currencies = demo.movements().stream().flatMap(m -> m.currencies().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> tickers = demo.movements().stream().filter(m -> m.detail().ticker() != null)
                .map(m -> m.detail().ticker().symbol()).collect(Collectors.toCollection(TreeSet::new));
        output.message("demo account '" + account.name() + "' (#" + account.id() + "): " + result.added()
                + " movements from " + demo.movements().get(0).timestamp().toLocalDate() + " to "
                + demo.movements().get(demo.movements().size() - 1).timestamp().toLocalDate() + ", "
                + tickers.size() + " tickers, " + currencies.size() + " currencies "
                + currencies + ", " + demo.prices().size() + " prices, " + demo.splits().size() + " splits");
        int exit = Outcomes.report(result.outcome(), output);

        List<FinancialSnapshot> all = snapshots.get().financials(account.id(), null, null, null);
        List<FinancialSnapshot> latest = latestDates(all, last);
        output.message("");
        output.message("latest snapshots (" + latest.size() + " of " + all.size() + " rows; all of them: "
                + "snapfolio snapshots --account " + account.name() + "):");
        output.table(SnapshotTables.financials(latest));
        return exit;
    }

    /**
     * The seeded generator's history ending the day before today: 10 tickers in 2 currencies, about
     * 8 movements a trading day (stocks with shorts and partial closes, options with expiries,
     * assignments and exercises, dividends with tax, fees, interest, conversions, splits). The
     * same years and today always give the same history.
     */
    static GeneratedHistory history(int years, LocalDate today) {
        return HistoryGenerator.generate(HistorySpec.years(years).endingOn(today.minusDays(1)).withTickers(10)
                .withMovementsPerDay(8));
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
