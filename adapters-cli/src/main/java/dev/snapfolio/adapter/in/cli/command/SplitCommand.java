package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.application.port.in.RecordSplitsUseCase;
import dev.snapfolio.application.port.in.RecordSplitsUseCase.RecordSplitsCommand;
import dev.snapfolio.application.port.in.SplitQueries;
import dev.snapfolio.adapter.in.cli.format.Column;
import dev.snapfolio.adapter.in.cli.format.Table;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.reference.Split;
import dev.snapfolio.domain.reference.SplitRatio;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import dev.snapfolio.adapter.in.cli.importer.SplitCsvReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "split", description = "Record stock splits (shared by all accounts).",
        subcommands = {SplitCommand.Add.class, SplitCommand.Import.class, SplitCommand.ListSplits.class})
public class SplitCommand {

    @Command(name = "add", description = "Records a split taking effect at the start of its date.")
    static class Add implements Callable<Integer> {
        private final Provider<RecordSplitsUseCase> recordSplits;
        private final Output output;

        @Option(names = "--ticker", required = true, paramLabel = "SYMBOL")
        Ticker ticker;

        @Option(names = "--date", required = true, paramLabel = "DATE")
        LocalDate date;

        @Option(names = "--ratio", required = true, paramLabel = "N[:D]",
                description = "New shares to old, exact: 2 for a 2-for-1 split, 3:2, 1:3 for a 1-for-3 reverse split "
                        + "(a decimal only when it is an exact small fraction, 0.5 = 1:2).")
        String ratio;

        @Inject
        Add(Provider<RecordSplitsUseCase> recordSplits, Output output) {
            this.recordSplits = recordSplits;
            this.output = output;
        }

        @Override
        public Integer call() {
            Split split = new Split(ticker, date, SplitRatio.parse(ratio));
            PriceCommand.reportReferenceData("split", recordSplits.get().recordSplits(new RecordSplitsCommand(List.of(split))),
                    output);
            return ExitCode.OK;
        }
    }

    @Command(name = "import", description = "Records splits from a CSV with the header date,ticker,ratio (ratio 2, 2:1, 3:2 or 1:10).")
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
            List<Split> splits = new SplitCsvReader().read(file);
            PriceCommand.reportReferenceData("splits", recordSplits.get().recordSplits(new RecordSplitsCommand(splits)),
                    output);
            return ExitCode.OK;
        }
    }

    @Command(name = "list", description = "The recorded splits, by ticker and date, with their ratios as written (2, 3:2, 1:3).")
    static class ListSplits implements Callable<Integer> {
        private final Provider<SplitQueries> splits;
        private final Output output;

        @Option(names = "--ticker", paramLabel = "SYMBOL", description = "Only the splits of this ticker.")
        Ticker ticker;

        @Inject
        ListSplits(Provider<SplitQueries> splits, Output output) {
            this.splits = splits;
            this.output = output;
        }

        @Override
        public Integer call() {
            List<Split> found = splits.get().splits(Optional.ofNullable(ticker));
            if (found.isEmpty() && output.forPeople()) {
                output.message(ticker == null ? "no splits recorded" : "no splits recorded for " + ticker);
                return ExitCode.OK;
            }
            output.table(table(found));
            return ExitCode.OK;
        }

        static Table table(List<Split> splits) {
            Table table = new Table(List.of(Column.text("ticker"), Column.date("date"), Column.text("ratio")));
            for (Split split : splits) {
                table.add(List.of(split.ticker().symbol(), split.date(), split.ratio().toString()));
            }
            return table;
        }
    }
}
