package dev.snapfolio.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Binding;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import dev.snapfolio.adapter.in.cli.command.Cli;
import dev.snapfolio.adapter.in.cli.command.CommandBindings;
import dev.snapfolio.adapter.in.cli.command.DatabaseAdmin;
import dev.snapfolio.adapter.in.cli.command.Output;
import dev.snapfolio.adapter.in.cli.command.Terminal;
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
import dev.snapfolio.application.port.out.StaticConfiguration;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The production modules form a complete graph: in Stage.TOOL nothing is created, so no database is touched. */
class WiringTest {
    @TempDir
    Path home;

    private Injector toolInjector(Map<String, String> env) {
        var options = Cli.scanGlobalOptions("metrics");
        Configuration configuration = Configuration.load(options, env, home);
        Terminal terminal = new Terminal(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        return Guice.createInjector(Stage.TOOL, Main.modules(configuration, terminal, options));
    }

    @Test
    void everyBindingResolvesWithoutADatabase() {
        Injector injector = toolInjector(Map.of("SNAPFOLIO_HOME", home.toString()));

        for (Class<?> port : List.of(CreateAccountUseCase.class, AccountQueries.class, RecordMovementUseCase.class,
                EditMovementUseCase.class, DeleteMovementUseCase.class, MovementQueries.class,
                ImportMovementsUseCase.class, RecomputeUseCase.class, SnapshotQueries.class, RecordPricesUseCase.class,
                RecordSplitsUseCase.class, SplitQueries.class, ProcessingControlUseCase.class, MetricsQuery.class,
                VerifySnapshotsUseCase.class, RefreshUseCase.class, StaticConfiguration.class, Clock.class,
                DatabaseAdmin.class, Cli.class)) {
            assertThat(injector.getExistingBinding(Key.get(port))).as(port.getSimpleName()).isNotNull();
        }
        // the commands are built outside the injector; what they take must be in it
        assertThat(CommandBindings.dependencies()).contains(AccountQueries.class, Output.class, Clock.class);
        for (Type dependency : CommandBindings.dependencies()) {
            Binding<?> binding = injector.getExistingBinding(Key.get(dependency));
            assertThat(binding).as(dependency.getTypeName()).isNotNull();
        }
        assertThat(home.resolve("db")).doesNotExist();
    }

    @Test
    void theExternalDatabaseIsWiredTheSameWay() {
        Injector injector = toolInjector(Map.of("SNAPFOLIO_HOME", home.toString(),
                "SNAPFOLIO_DB_URL", "jdbc:mariadb://127.0.0.1:1/nowhere"));
        assertThat(injector.getExistingBinding(Key.get(RecomputeUseCase.class))).isNotNull();
    }
}
