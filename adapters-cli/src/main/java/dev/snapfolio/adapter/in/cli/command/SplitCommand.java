package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.application.port.in.ChangeRejectedException;
import dev.snapfolio.application.port.in.DeleteSplitUseCase;
import dev.snapfolio.application.port.in.DeleteSplitUseCase.DeleteSplitCommand;
import dev.snapfolio.application.port.in.RecordPricesUseCase.ReferenceDataResult;
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
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "split", description = "Record and delete stock splits (shared by all accounts).",
        subcommands = {SplitCommand.Add.class, SplitCommand.Import.class, SplitCommand.Delete.class})
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

        @Option(names = "--ratio", required = true, paramLabel = "N",
                description = "New shares per old share: 2 for a 2-for-1 split, 0.1 for a 1-for-10 reverse split.")
        BigDecimal ratio;

        @Option(names = "--allow-invalid", description = ALLOW_INVALID)
        boolean allowInvalid;

        @Inject
        Add(Provider<RecordSplitsUseCase> recordSplits, Output output) {
            this.recordSplits = recordSplits;
            this.output = output;
        }

        @Override
        public Integer call() {
            Split split = new Split(ticker, date, ratio);
            PriceCommand.reportReferenceData("split", refusedUnlessAllowed(
                    () -> recordSplits.get().recordSplits(new RecordSplitsCommand(List.of(split), allowInvalid))), output);
            return ExitCode.OK;
        }
    }

    @Command(name = "import", description = "Records splits from a CSV with the header date,ticker,ratio (ratio 2, 2:1, 0.1 or 1:10).")
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
                    () -> recordSplits.get().recordSplits(new RecordSplitsCommand(splits, allowInvalid))), output);
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
}
