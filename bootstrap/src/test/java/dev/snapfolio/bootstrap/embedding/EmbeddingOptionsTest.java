package dev.snapfolio.bootstrap.embedding;

import static dev.snapfolio.domain.money.Currency.USD;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import dev.snapfolio.adapter.out.persistence.embedded.EmbeddedMariaDb;
import dev.snapfolio.application.port.in.AccountQueries;
import dev.snapfolio.application.port.in.CreateAccountUseCase;
import dev.snapfolio.application.port.in.CreateAccountUseCase.CreateAccountCommand;
import dev.snapfolio.application.port.in.MovementChangeResult;
import dev.snapfolio.application.port.in.ProcessingControlUseCase.UpdateProcessingCommand;
import dev.snapfolio.application.port.in.ProcessingSettings;
import dev.snapfolio.application.port.in.RecordMovementUseCase.RecordMovementCommand;
import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.application.port.in.Trigger;
import dev.snapfolio.application.port.out.StaticConfiguration;
import dev.snapfolio.bootstrap.Snapfolio;
import dev.snapfolio.bootstrap.SnapfolioModule;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.movement.Deposit;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder's options and the Guice module, on fresh databases of the embedded MariaDB. */
class EmbeddingOptionsTest {
    private static final LocalDateTime JAN_2 = LocalDateTime.parse("2024-01-02T09:00");

    private static MovementChangeResult deposit(Snapfolio snapfolio, long accountId, LocalDateTime at, String amount) {
        return snapfolio.recordMovement().record(new RecordMovementCommand(accountId,
                Movement.of(accountId, at, USD, new Deposit(new BigDecimal(amount)))));
    }

    @Test
    void builderSettingsWinOverTheOnesPersistedAtRunTime() {
        try (ApplicationPool application = ApplicationPool.onEmbeddedServer();
                Snapfolio snapfolio = Snapfolio.embedded(application.dataSource())
                        .strategy(Trigger.EDIT, Strategy.BATCH).expiryGraceDays(7).build()) {
            long id = snapfolio.createAccount().create(new CreateAccountCommand("main", null, USD)).id();

            ProcessingSettings settings = snapfolio.processingControl().update(new UpdateProcessingCommand(null,
                    Map.of(Trigger.EDIT, Strategy.PER_DATE, Trigger.IMPORT, Strategy.PER_DATE), null, null, null));

            assertThat(settings.strategy(Trigger.EDIT)).isEqualTo(Strategy.BATCH);
            assertThat(settings.sources()).containsEntry("strategy.edit", ProcessingSettings.SOURCE_OVERRIDE)
                    .containsEntry("strategy.import", ProcessingSettings.SOURCE_PERSISTED);
            assertThat(settings.strategy(Trigger.IMPORT)).isEqualTo(Strategy.PER_DATE);
            assertThat(settings.expiryGraceDays()).isEqualTo(7);
            assertThat(deposit(snapfolio, id, JAN_2, "100").outcome().run().used()).isEqualTo(Strategy.BATCH);
        }
    }

    @Test
    void theEngineReadsTodayFromTheGivenClock() {
        Instant noon = Instant.parse("2030-06-15T12:00:00Z");
        try (ApplicationPool application = ApplicationPool.onEmbeddedServer()) {
            try (Snapfolio fixed = Snapfolio.embedded(application.dataSource())
                    .clock(Clock.fixed(noon, ZoneOffset.UTC)).build()) {
                long id = fixed.createAccount().create(new CreateAccountCommand("main", null, USD)).id();
                assertThat(deposit(fixed, id, JAN_2, "100").outcome().run().startedAt()).isEqualTo(noon);
            }
            ZoneId tokyo = ZoneId.of("Asia/Tokyo");
            try (Snapfolio pinned = Snapfolio.embedded(application.dataSource())
                    .today(LocalDate.parse("2031-02-03")).zone(tokyo).build()) {
                long id = pinned.accounts().resolve("main").id();
                Instant started = deposit(pinned, id, JAN_2.plusDays(1), "5").outcome().run().startedAt();
                assertThat(LocalDate.ofInstant(started, tokyo)).isEqualTo(LocalDate.parse("2031-02-03"));
            }
        }
    }

    @Test
    void aPoolOutOfAutocommitStoresEverythingAllTheSame() {
        try (ApplicationPool application = ApplicationPool.onEmbeddedServerWithoutAutocommit()) {
            try (Snapfolio snapfolio = Snapfolio.embedded(application.dataSource()).build()) {
                long id = snapfolio.createAccount().create(new CreateAccountCommand("main", null, USD)).id();
                deposit(snapfolio, id, JAN_2, "250");
            }
            assertThat(application.count("account")).isEqualTo(1);
            assertThat(application.count("movement")).isEqualTo(1);
            assertThat(application.count("financial_snapshot")).isEqualTo(1);
        }
    }

    @Test
    void aHostInjectorGetsTheInPortsAndKeepsItsOwnBindings() {
        Clock hostClock = Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC);
        try (ApplicationPool application = ApplicationPool.onEmbeddedServer()) {
            DataSource dataSource = application.dataSource();
            Injector injector = Guice.createInjector(new AbstractModule() {
                @Override
                protected void configure() {
                    bind(Clock.class).toInstance(hostClock);
                    bind(DataSource.class).toInstance(dataSource);
                }
            }, SnapfolioModule.withDataSource(dataSource));

            Account created = injector.getInstance(CreateAccountUseCase.class)
                    .create(new CreateAccountCommand("hosted", "Tastytrade", USD));

            assertThat(injector.getInstance(AccountQueries.class).list()).containsExactly(created);
            assertThat(injector.getInstance(Clock.class)).isSameAs(hostClock);
            assertThat(injector.getExistingBinding(Key.get(StaticConfiguration.class))).isNull();
        }
    }

    @Test
    void itsOwnEmbeddedServerStartsOnBuildAndStopsOnClose(@TempDir Path directory) {
        EmbeddedMariaDb server = new EmbeddedMariaDb(directory.resolve("db"));
        try (Snapfolio snapfolio = Snapfolio.embeddedMariaDb(directory.resolve("db"))
                .today(LocalDate.parse("2024-12-31")).build()) {
            assertThat(server.status().running()).isTrue();
            long id = snapfolio.createAccount().create(new CreateAccountCommand("main", null, USD)).id();
            deposit(snapfolio, id, JAN_2, "1000");
            assertThat(snapfolio.snapshots().financials(id, null, null, USD)).singleElement()
                    .extracting(FinancialSnapshot::deposited)
                    .satisfies(deposited -> assertThat(deposited).isEqualByComparingTo("1000"));
        }
        assertThat(server.status().running()).isFalse();
    }
}
