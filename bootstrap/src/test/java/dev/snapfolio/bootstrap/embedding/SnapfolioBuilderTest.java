package dev.snapfolio.bootstrap.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
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
import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.application.port.in.Trigger;
import dev.snapfolio.application.port.in.VerifySnapshotsUseCase;
import dev.snapfolio.bootstrap.Snapfolio;
import dev.snapfolio.bootstrap.SnapfolioModule;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Misuse of the embedding entry points fails at once with a message that says what to do. None of
 * these needs a database: with migrateSchema(false) nothing connects before the first use case.
 */
class SnapfolioBuilderTest {
    @TempDir
    Path directory;

    /** A pool on a port where nothing listens. */
    private static DataSource nowhere() {
        try {
            return new MariaDbDataSource("jdbc:mariadb://127.0.0.1:1/nowhere?connectTimeout=2000");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aMissingDataSourceIsRefusedByName() {
        assertThatThrownBy(() -> Snapfolio.embedded(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("DataSource is required");
        assertThatThrownBy(() -> SnapfolioModule.withDataSource(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("DataSource is required");
        assertThatThrownBy(() -> Snapfolio.embeddedMariaDb(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("directory is required");
    }

    @Test
    void aBuilderBuildsOnce() {
        Snapfolio.Builder builder = Snapfolio.embedded(nowhere()).migrateSchema(false);
        try (Snapfolio first = builder.build()) {
            assertThat(first.snapshots()).isNotNull();
            assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already built");
            assertThatThrownBy(() -> builder.today(LocalDate.parse("2024-01-01")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("already built");
            assertThatThrownBy(builder::module).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already built");
        }
    }

    @Test
    void everyUseCaseIsWiredBeforeTheDatabaseIsTouched() {
        try (Snapfolio snapfolio = Snapfolio.embedded(nowhere()).migrateSchema(false).build()) {
            List<Object> ports = List.of(snapfolio.createAccount(), snapfolio.accounts(), snapfolio.recordMovement(),
                    snapfolio.editMovement(), snapfolio.deleteMovement(), snapfolio.movements(),
                    snapfolio.importMovements(), snapfolio.recordPrices(), snapfolio.recordSplits(),
                    snapfolio.splits(), snapfolio.snapshots(), snapfolio.recompute(), snapfolio.refresh(), snapfolio.verify(),
                    snapfolio.processingControl(), snapfolio.metrics());

            assertThat(ports).doesNotContainNull().hasSize(16);
            assertThat(snapfolio.recordMovement()).as("one instance per engine").isSameAs(snapfolio.recordMovement());
        }
        Injector host = Guice.createInjector(Stage.TOOL, SnapfolioModule.withDataSource(nowhere()));
        for (Class<?> port : List.of(CreateAccountUseCase.class, AccountQueries.class, RecordMovementUseCase.class,
                EditMovementUseCase.class, DeleteMovementUseCase.class, MovementQueries.class,
                ImportMovementsUseCase.class, RecordPricesUseCase.class, RecordSplitsUseCase.class,
                SplitQueries.class, SnapshotQueries.class, RecomputeUseCase.class, RefreshUseCase.class, VerifySnapshotsUseCase.class,
                ProcessingControlUseCase.class, MetricsQuery.class)) {
            assertThat(host.getExistingBinding(Key.get(port))).as(port.getSimpleName()).isNotNull();
        }
    }

    @Test
    void aClosedSnapfolioRefusesItsUseCasesAndClosesOnlyOnce() {
        Snapfolio snapfolio = Snapfolio.embedded(nowhere()).migrateSchema(false).build();
        snapfolio.close();

        assertThatThrownBy(snapfolio::recordMovement).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(snapfolio::snapshots).isInstanceOf(IllegalStateException.class);
        assertThatNoException().isThrownBy(snapfolio::close);
    }

    @Test
    void anUnreachableDatabaseFailsTheBuildNotTheFirstUseCase() {
        Snapfolio.Builder builder = Snapfolio.embedded(nowhere());

        assertThatThrownBy(builder::build).isInstanceOf(RuntimeException.class)
                .hasMessageContaining("127.0.0.1:1");
    }

    @Test
    void aBadSettingFailsInTheCallThatGivesIt() {
        Snapfolio.Builder builder = Snapfolio.embedded(nowhere());

        assertThatThrownBy(() -> builder.setting("strategy.edit", "SOMETIMES"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strategy.edit")
                .hasMessageContaining("PER_DATE, BATCH or AUTO");
        assertThatThrownBy(() -> builder.setting("batch.size", "10")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown setting 'batch.size'").hasMessageContaining("strategy.import");
        assertThatThrownBy(() -> builder.expiryGraceDays(400)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expiryGraceDays");
        assertThatThrownBy(() -> builder.strategy(Trigger.EDIT, null)).isInstanceOf(NullPointerException.class);
        // the refused values left nothing behind: the builder still builds
        try (Snapfolio snapfolio = builder.strategy(Trigger.EDIT, Strategy.BATCH).migrateSchema(false).build()) {
            assertThat(snapfolio.processingControl()).isNotNull();
        }
    }

    @Test
    void aClockExcludesTodayAndZone() {
        assertThatThrownBy(() -> Snapfolio.embedded(nowhere()).clock(Clock.systemUTC()).today(LocalDate.now()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("one or the other");
        assertThatThrownBy(() -> Snapfolio.embedded(nowhere()).today(LocalDate.now()).clock(Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("one or the other");
    }

    @Test
    void optionsOfTheOtherDatabaseKindAreRefused() {
        assertThatThrownBy(() -> Snapfolio.embedded(nowhere()).keepServerRunning(true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("embedded MariaDB");
        assertThatThrownBy(() -> Snapfolio.embeddedMariaDb(directory).migrateSchema(false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("always migrated");
        assertThatThrownBy(() -> Snapfolio.embeddedMariaDb(directory).module())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Snapfolio.embedded");
        assertThat(directory).isEmptyDirectory();
    }
}
