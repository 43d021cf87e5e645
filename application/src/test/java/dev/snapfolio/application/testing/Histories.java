package dev.snapfolio.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.fakes.FakeApplication;
import dev.snapfolio.application.port.in.CreateAccountUseCase.CreateAccountCommand;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportMovementsCommand;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportResult;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportRow;
import dev.snapfolio.application.port.in.ProcessingControlUseCase.UpdateProcessingCommand;
import dev.snapfolio.application.port.in.VerifySnapshotsUseCase.VerifyCommand;
import dev.snapfolio.application.port.in.VerifySnapshotsUseCase.VerifyReport;
import dev.snapfolio.application.port.out.StoredSnapshots;
import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.application.port.in.Trigger;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.movement.Movement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Helpers to set up an account in a {@link FakeApplication} and compare what two stores hold. */
public final class Histories {
    private Histories() {
    }

    /** A fake application whose every trigger uses {@code strategy}. */
    public static FakeApplication app(LocalDate today, Strategy strategy) {
        FakeApplication app = new FakeApplication(today);
        Map<Trigger, Strategy> all = new EnumMap<>(Trigger.class);
        for (Trigger trigger : Trigger.values()) {
            all.put(trigger, strategy);
        }
        app.processingControl.update(new UpdateProcessingCommand(null, all, null, null, null));
        return app;
    }

    public static long account(FakeApplication app) {
        return app.createAccount.create(new CreateAccountCommand("main", "broker", Currency.USD)).id();
    }

    /** Import rows sorted by timestamp (stable: equal times keep their list order, as an importer sorts). */
    public static List<ImportRow> rows(List<Movement> movements, String file) {
        List<Movement> sorted = new ArrayList<>(movements);
        sorted.sort(Comparator.comparing(Movement::timestamp));
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            rows.add(new ImportRow(sorted.get(i), file + ":" + (i + 2)));
        }
        return rows;
    }

    public static ImportResult importAll(FakeApplication app, long accountId, List<Movement> movements) {
        return app.importMovements.importMovements(
                new ImportMovementsCommand(accountId, "history.csv", rows(movements, "history.csv"), false));
    }

    public static void assertSameRows(FakeApplication actual, FakeApplication expected, long accountId, String what) {
        StoredSnapshots a = actual.store.everything(accountId);
        StoredSnapshots e = expected.store.everything(accountId);
        assertThat(a.financials()).as(what + ": financial rows").containsExactlyElementsOf(e.financials());
        assertThat(a.tickers()).as(what + ": ticker rows").containsExactlyElementsOf(e.tickers());
        assertThat(a.states()).as(what + ": states").isEqualTo(e.states());
    }

    /** The stored rows equal a fresh computation of the whole history by the domain's fold. */
    public static void assertVerifiesClean(FakeApplication app, long accountId, String what) {
        VerifyReport report = app.verify.verify(new VerifyCommand(OptionalLong.of(accountId), false));
        assertThat(report.differences()).as(what + ": differences from a full computation").isEmpty();
    }
}
