package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.application.port.in.ChangeRejectedException;
import dev.snapfolio.application.port.in.DeleteSplitUseCase;
import dev.snapfolio.application.port.in.DeleteSplitUseCase.DeleteSplitCommand;
import dev.snapfolio.application.port.in.RecordPricesUseCase.ReferenceDataResult;
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
import dev.snapfolio.importer.SplitCsvReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "split", description = "Record, list and delete stock splits (shared by all accounts).",
        subcommands = {SplitCommand.Add.class, SplitCommand.Import.class, SplitCommand.ListSplits.class,
                SplitCommand.Delete.class})
public class SplitCommand {
    private static final String ALLOW_INVALID = "Record it even if it makes some account's history invalid: "
            + "those accounts are reported and keep their last good snapshots until the data is corrected.";

    /**
     * A split change is checked against every account trading the ticker; a refusal says how to
     * force it. Nothing was written.
     */
    static ReferenceDataResult refusedUnlessAllowed(Supplier<ReferenceDataResult> change) {
        try {
            return change.get();
        } catch (ChangeRejectedException e) {
            throw new ChangeRejectedException(e.getMessage() + "; nothing was written (--allow-invalid records it "
                    + "anyway)", e.date(), e);
        }
    }

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

        @Option(names = "--allow-invalid", description = ALLOW_INVALID)
        boolean allowInvalid;

        @Inject
        Add(Provider<RecordSplitsUseCase> recordSplits, Output output) {
            this.recordSplits = recordSplits;
            this.output = output;
        }

        @Override
        public Integer call() {
            Split split = new Split(ticker, date, SplitRatio.parse(ratio));
            PriceCommand.reportReferenceData("split", refusedUnlessAllowed(
                    () -> recordSplits.get().recordSplits(new RecordSplitsCommand(List.of(split), allowInvalid))), output,
                    ListSplits.table(List.of(split)));
            return ExitCode.OK;
        }
    }

    @Command(name = "import", description = "Records splits from a CSV with the header date,ticker,ratio (ratio 2, 2:1, 3:2 or 1:10).")
    static class Import implements Callable<Integer> {
        private final Provider<RecordSplitsUseCase> recordSplits;
        private final Output output;

        @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file.")
        Path file;

        @Option(names = "--allow-invalid", description = ALLOW_INVALID)
        boolean allowInvalid;

        @Inject
        Import(Provider<RecordSplitsUseCase> recordSplits, Output output) {
            this.recordSplits = recordSplits;
            this.output = output;
        }

        @Override
        public Integer call() {
            ImportCommand.checkFile(file);
            List<Split> splits = new SplitCsvReader().read(file);
            PriceCommand.reportReferenceData("splits", refusedUnlessAllowed(
                    () -> recordSplits.get().recordSplits(new RecordSplitsCommand(splits, allowInvalid))), output,
                    ListSplits.table(splits));
            return ExitCode.OK;
        }
    }

    @Command(name = "delete", description = "Deletes the split of a ticker on a date (to correct one: delete it, "
            + "then add it again); the accounts trading the ticker are marked for 'snapfolio refresh'.")
    static class Delete implements Callable<Integer> {
        private final Provider<DeleteSplitUseCase> deleteSplit;
        private final Output output;

        @Option(names = "--ticker", required = true, paramLabel = "SYMBOL")
        Ticker ticker;

        @Option(names = "--date", required = true, paramLabel = "DATE")
        LocalDate date;

        @Option(names = "--allow-invalid", description = ALLOW_INVALID)
        boolean allowInvalid;

        @Inject
        Delete(Provider<DeleteSplitUseCase> deleteSplit, Output output) {
            this.deleteSplit = deleteSplit;
            this.output = output;
        }

        @Override
        public Integer call() {
            PriceCommand.reportReferenceData("deleted", "split", refusedUnlessAllowed(
                    () -> deleteSplit.get().deleteSplit(new DeleteSplitCommand(ticker, date, allowInvalid))), output);
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
