package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.adapter.in.cli.format.Column;
import dev.snapfolio.adapter.in.cli.format.Table;
import dev.snapfolio.application.port.in.DeletePricesUseCase;
import dev.snapfolio.application.port.in.DeletePricesUseCase.DeletePricesCommand;
import dev.snapfolio.application.port.in.ReferenceDataQueries;
import dev.snapfolio.application.port.in.RecordPricesUseCase;
import dev.snapfolio.application.port.in.RecordPricesUseCase.RecordPricesCommand;
import dev.snapfolio.application.port.in.RecordPricesUseCase.ReferenceDataResult;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.reference.Price;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import dev.snapfolio.importer.PriceCsvReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "price", description = "Record, list and delete market closes (shared by all accounts).",
        subcommands = {PriceCommand.Add.class, PriceCommand.Import.class, PriceCommand.ListPrices.class,
                PriceCommand.Delete.class})
public class PriceCommand {

    static void reportReferenceData(String what, ReferenceDataResult result, Output output, Table rows) {
        reportReferenceData("saved", what, result, output, rows);
    }

    static void reportReferenceData(String verb, String what, ReferenceDataResult result, Output output) {
        reportReferenceData(verb, what, result, output, null);
    }

    /**
     * "saved 3 prices; 2 accounts are marked for 'snapfolio refresh'", then the accounts left invalid;
     * with --format csv|json the {@code rows} saved (when given) on out, the line on err.
     */
    static void reportReferenceData(String verb, String what, ReferenceDataResult result, Output output, Table rows) {
        String line = verb + " " + result.saved() + " " + what
                + (result.accountsMarkedDirty().isEmpty() ? ""
                        : "; " + result.accountsMarkedDirty().size() + (result.accountsMarkedDirty().size() == 1
                                ? " account is" : " accounts are")
                                + " marked for 'snapfolio refresh'");
        if (rows == null) {
            output.message(line);
        } else {
            if (!output.forPeople()) {
                output.message(line);
            }
            output.changed(line, rows);
        }
        for (String invalid : result.invalidAccounts()) {
            output.warning("account " + invalid.replaceFirst(": ", " is now invalid: ") + "; 'snapfolio refresh' "
                    + "reports it and leaves all its snapshots as they were (its last good ones), until the market data "
                    + "or its movements are corrected");
        }
    }

    static Table table(List<Price> prices) {
        Table table = new Table(Column.text("ticker"), Column.text("currency"), Column.date("date"),
                Column.price("close"));
        prices.forEach(p -> table.add(p.ticker().symbol(), p.currency().code(), p.date(), p.close()));
        return table;
    }

    @Command(name = "add", description = "Records one close of a ticker on a date (replaces the one stored).")
    static class Add implements Callable<Integer> {
        private final Provider<RecordPricesUseCase> recordPrices;
        private final Output output;

        @Option(names = "--ticker", required = true, paramLabel = "SYMBOL")
        Ticker ticker;

        @Option(names = "--currency", paramLabel = "CUR", description = "Currency of the close (default USD).")
        Currency currency = Currency.USD;

        @Option(names = "--date", required = true, paramLabel = "DATE")
        LocalDate date;

        @Option(names = "--close", required = true, paramLabel = "N", description = "The closing price (> 0).")
        BigDecimal close;

        @Inject
        Add(Provider<RecordPricesUseCase> recordPrices, Output output) {
            this.recordPrices = recordPrices;
            this.output = output;
        }

        @Override
        public Integer call() {
            Price price = new Price(ticker, currency, date, close);
            reportReferenceData("price", recordPrices.get().recordPrices(new RecordPricesCommand(List.of(price))), output,
                    table(List.of(price)));
            return ExitCode.OK;
        }
    }

    @Command(name = "import", description = "Records closes from a CSV with the header date,ticker,currency,close.")
    static class Import implements Callable<Integer> {
        private final Provider<RecordPricesUseCase> recordPrices;
        private final Output output;

        @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file.")
        Path file;

        @Inject
        Import(Provider<RecordPricesUseCase> recordPrices, Output output) {
            this.recordPrices = recordPrices;
            this.output = output;
        }

        @Override
        public Integer call() {
            ImportCommand.checkFile(file);
            List<Price> prices = new PriceCsvReader().read(file);
            output.progress("recording " + prices.size() + " prices from " + file + " ...");
            reportReferenceData("prices", recordPrices.get().recordPrices(new RecordPricesCommand(prices)), output,
                    table(prices));
            return ExitCode.OK;
        }
    }

    @Command(name = "list", description = "Lists recorded closes, by ticker, currency and date.")
    static class ListPrices implements Callable<Integer> {
        private final Provider<ReferenceDataQueries> queries;
        private final Output output;

        @Option(names = "--ticker", paramLabel = "SYMBOL", description = "Only this ticker (default: every ticker).")
        Ticker ticker;

        @Mixin
        DateRangeOptions range;

        @Inject
        ListPrices(Provider<ReferenceDataQueries> queries, Output output) {
            this.queries = queries;
            this.output = output;
        }

        @Override
        public Integer call() {
            range.validate();
            List<Price> prices = queries.get().prices(ticker, range.from(), range.to());
            if (prices.isEmpty() && output.forPeople()) {
                output.message("no prices");
                return ExitCode.OK;
            }
            output.table(table(prices));
            return ExitCode.OK;
        }
    }

    @Command(name = "delete", description = "Deletes the closes of a ticker (every currency) on a date or in a range; "
            + "the accounts trading it are marked for 'snapfolio refresh'. To correct a close, add it again.")
    static class Delete implements Callable<Integer> {
        private final Provider<DeletePricesUseCase> deletePrices;
        private final Output output;

        @Option(names = "--ticker", required = true, paramLabel = "SYMBOL")
        Ticker ticker;

        @Option(names = "--date", paramLabel = "DATE", description = "The close of this date.")
        LocalDate date;

        @Mixin
        DateRangeOptions range;

        @Inject
        Delete(Provider<DeletePricesUseCase> deletePrices, Output output) {
            this.deletePrices = deletePrices;
            this.output = output;
        }

        @Override
        public Integer call() {
            LocalDate from;
            LocalDate to;
            if (date != null) {
                if (range.from() != null || range.to() != null) {
                    throw new UsageException("give either --date or --from and --to, not both");
                }
                from = date;
                to = date;
            } else {
                if (range.from() == null || range.to() == null) {
                    throw new UsageException("give --date DATE, or --from DATE and --to DATE");
                }
                range.validate();
                from = range.from();
                to = range.to();
            }
            ReferenceDataResult result = deletePrices.get().deletePrices(new DeletePricesCommand(ticker, from, to));
            reportReferenceData("deleted", result.saved() == 1 ? "price" : "prices", result, output);
            return ExitCode.OK;
        }
    }
}
