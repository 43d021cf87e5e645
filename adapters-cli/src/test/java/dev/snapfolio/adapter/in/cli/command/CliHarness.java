package dev.snapfolio.adapter.in.cli.command;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import dev.snapfolio.adapter.in.cli.CliModule;
import dev.snapfolio.application.port.in.AccountQueries;
import dev.snapfolio.application.port.in.CreateAccountUseCase;
import dev.snapfolio.application.port.in.DeleteMovementUseCase;
import dev.snapfolio.application.port.in.EditMovementUseCase;
import dev.snapfolio.application.port.in.ImportMovementsUseCase;
import dev.snapfolio.application.port.in.MetricsQuery;
import dev.snapfolio.application.port.in.MovementQueries;
import dev.snapfolio.application.port.in.ProcessingControlUseCase;
import dev.snapfolio.application.port.in.RecomputeUseCase;
import dev.snapfolio.application.port.in.RecordMovementUseCase;
import dev.snapfolio.application.port.in.RecordPricesUseCase;
import dev.snapfolio.application.port.in.RecordSplitsUseCase;
import dev.snapfolio.application.port.in.SplitQueries;
import dev.snapfolio.application.port.in.RefreshUseCase;
import dev.snapfolio.application.port.in.SnapshotQueries;
import dev.snapfolio.application.port.in.VerifySnapshotsUseCase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Runs command lines against {@link FakeSnapfolio} through the real CliModule and picocli tree. */
final class CliHarness {
    final FakeSnapfolio app = new FakeSnapfolio();
    final FakeWebFrontEnd web = new FakeWebFrontEnd();

    record Result(int exit, String out, String err) {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void bindUnfaked(com.google.inject.Binder binder, Class<?> type) {
        binder.bind((Class) type).toProvider(() -> {
            throw new IllegalStateException(type.getSimpleName() + " is not faked here");
        });
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(new PrintWriter(out, true), new PrintWriter(err, true));
        GlobalOptions options;
        try {
            options = Cli.scanGlobalOptions(args);
        } catch (RuntimeException e) {
            int exit = ErrorReporter.report(e, terminal.err(), false);
            return new Result(exit, out.toString(), err.toString());
        }
        java.util.OptionalInt answered = Cli.preflight(terminal, options, args);
        if (answered.isPresent()) {
            return new Result(answered.getAsInt(), out.toString(), err.toString());
        }
        int exit = Guice.createInjector(new CliModule(terminal, options), new AbstractModule() {
            @Override
            protected void configure() {
                bind(CreateAccountUseCase.class).toInstance(app);
                bind(AccountQueries.class).toInstance(app);
                bind(RecordMovementUseCase.class).toInstance(app);
                bind(EditMovementUseCase.class).toInstance(app);
                bind(DeleteMovementUseCase.class).toInstance(app);
                bind(MovementQueries.class).toInstance(app);
                bind(ImportMovementsUseCase.class).toInstance(app);
                bind(RecomputeUseCase.class).toInstance(app);
                bind(SnapshotQueries.class).toInstance(app);
                bind(RecordPricesUseCase.class).toInstance(app);
                bind(RecordSplitsUseCase.class).toInstance(app);
                bind(SplitQueries.class).toInstance(app);
                bind(ProcessingControlUseCase.class).toInstance(app);
                bind(MetricsQuery.class).toInstance(app);
                bind(VerifySnapshotsUseCase.class).toInstance(app);
                bind(RefreshUseCase.class).toInstance(app);
                bind(dev.snapfolio.application.port.in.CreateDemoUseCase.class).toInstance(app);
                bind(dev.snapfolio.application.port.in.DeleteSplitUseCase.class).toInstance(app);
                bind(dev.snapfolio.application.port.in.DeletePricesUseCase.class).toInstance(app);
                bind(dev.snapfolio.application.port.in.ReferenceDataQueries.class).toInstance(app);
                // not faked: the tests of these commands run end to end (bootstrap e2e)
                for (Class<?> type : List.of(dev.snapfolio.application.port.in.AccountLifecycleUseCase.class,
                        dev.snapfolio.application.port.in.ImportHistoryUseCase.class,
                        dev.snapfolio.application.port.in.BackupUseCase.class,
                        dev.snapfolio.application.port.in.RebuildAccountsUseCase.class,
                        dev.snapfolio.application.port.in.CreateSampleAccountsUseCase.class)) {
                    bindUnfaked(binder(), type);
                }
                bind(Clock.class).toInstance(Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), ZoneOffset.UTC));
                bind(WebFrontEnd.class).toInstance(web);
                bind(DatabaseAdmin.class).toInstance(new DatabaseAdmin() {
                    @Override
                    public List<String> status() {
                        return List.of("database: embedded", "running: yes");
                    }

                    @Override
                    public String stop() {
                        return "stopped";
                    }
                });
            }
        }).getInstance(Cli.class).execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
