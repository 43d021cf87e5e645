package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.application.port.in.RecordSplitsUseCase;
import dev.snapfolio.application.port.in.RecordSplitsUseCase.RecordSplitsCommand;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.reference.Split;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import dev.snapfolio.importer.SplitCsvReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "split", description = "Record stock splits (shared by all accounts).",
        subcommands = {SplitCommand.Add.class, SplitCommand.Import.class})
public class SplitCommand {

    @Command(name = "add", description = "Records a split taking effect at the start of its date.")
    static class Add implements Callable<Integer> {
        private final Provider<RecordSplitsUseCase> recordSplits;
        private final Output output;

        @Option(names = "--ticker", required = true, paramLabel = "SYMBOL")
        Ticker ticker;

        @Option(names = "--date", required = true, paramLabel = "DATE")
        LocalDate date;

        @Option(names = "--ratio", required = true, paramLabel = "N",
                description = "New shares per old share: 2 for a 2-for-1 split, 0.1 for a 1-for-10 reverse split.")
        BigDecimal ratio;

        @Inject
        Add(Provider<RecordSplitsUseCase> recordSplits, Output output) {
            this.recordSplits = recordSplits;
            this.output = output;
        }

        @Override
        public Integer call() {
            Split split = new Split(ticker, date, ratio);
            PriceCommand.reportReferenceData("split", recordSplits.get().recordSplits(new RecordSplitsCommand(List.of(split))),
                    output);
            return ExitCode.OK;
        }
    }

    @Command(name = "import", description = "Records splits from a CSV with the header date,ticker,ratio (ratio 2, 2:1, 0.1 or 1:10).")
    static class Import implements Callable<Integer> {
        private final Provider<RecordSplitsUseCase> recordSplits;
        private final Output output;

        @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file.")
        Path file;

        @Inject
        Import(Provider<RecordSplitsUseCase> recordSplits, Output output) {
            this.recordSplits = recordSplits;
            this.output = output;
        }

        @Override
        public Integer call() {
            ImportCommand.checkFile(file);
            List<Split> splits = new SplitCsvReader().read(file);
            PriceCommand.reportReferenceData("splits", recordSplits.get().recordSplits(new RecordSplitsCommand(splits)),
                    output);
            return ExitCode.OK;
        }
    }
}
