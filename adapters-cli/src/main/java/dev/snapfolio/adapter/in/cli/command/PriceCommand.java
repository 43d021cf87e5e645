package dev.snapfolio.adapter.in.cli.command;

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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "price", description = "Record market closes (shared by all accounts).",
        subcommands = {PriceCommand.Add.class, PriceCommand.Import.class})
public class PriceCommand {

    static void reportReferenceData(String what, ReferenceDataResult result, Output output) {
        output.message("saved " + result.saved() + " " + what
                + (result.accountsMarkedDirty().isEmpty() ? ""
                        : "; " + result.accountsMarkedDirty().size() + (result.accountsMarkedDirty().size() == 1
                                ? " account is" : " accounts are")
                                + " marked for 'snapfolio refresh'"));
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
            reportReferenceData("price", recordPrices.get().recordPrices(new RecordPricesCommand(List.of(price))), output);
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
            reportReferenceData("prices", recordPrices.get().recordPrices(new RecordPricesCommand(prices)), output);
            return ExitCode.OK;
        }
    }
}
