package dev.snapfolio.application.service;

import static dev.snapfolio.application.testing.M.deposit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.fakes.FakeApplication;
import dev.snapfolio.application.port.in.VerifySnapshotsUseCase.VerifyCommand;
import dev.snapfolio.application.port.in.VerifySnapshotsUseCase.VerifyReport;
import dev.snapfolio.application.port.out.SnapshotStore;
import dev.snapfolio.application.port.out.StoredSnapshots;
import dev.snapfolio.application.port.out.StoredState;
import dev.snapfolio.application.testing.Histories;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.state.AccountState;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Verify's cost grows with the number of dates, not with its square: each stored state is compared
 * once, as stored, and decoded only where it differs from the computation.
 */
class VerifyPerformanceShapeTest {
    private static final LocalDate FIRST = LocalDate.of(2024, 1, 2);

    private final AtomicInteger decodes = new AtomicInteger();
    private final AtomicInteger comparisons = new AtomicInteger();

    /** An account with a deposit on each of {@code days} business days, processed. */
    private static Fixture account(int days) {
        List<Movement> history = new ArrayList<>();
        LocalDate date = FIRST;
        while (history.size() < days) {
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                history.add(deposit(date.toString(), "10").withSourceKey("row " + history.size()));
            }
            date = date.plusDays(1);
        }
        LocalDate last = history.get(history.size() - 1).businessDate();
        FakeApplication app = new FakeApplication(last);
        long accountId = Histories.account(app);
        Histories.importAll(app, accountId, history);
        return new Fixture(app, accountId, last);
    }

    private record Fixture(FakeApplication app, long accountId, LocalDate last) {
    }

    /** The application's verify on a store whose states count their decodes and comparisons. */
    private VerifySnapshotsService countingVerify(FakeApplication app) {
        SnapshotStore counting = (SnapshotStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SnapshotStore.class}, (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(app.store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (result instanceof StoredSnapshots stored) {
                        Map<LocalDate, StoredState> states = new LinkedHashMap<>();
                        stored.storedStates().forEach((date, state) -> states.put(date, new Counting(state)));
                        return new StoredSnapshots(stored.financials(), stored.tickers(), states);
                    }
                    return result;
                });
        return new VerifySnapshotsService(app.accounts, app.movements, app.referenceData, counting, app.dirtyMarks,
                app.runLock, app.unitOfWork, app.settings, app.clock);
    }

    private final class Counting implements StoredState {
        private final StoredState stored;

        Counting(StoredState stored) {
            this.stored = stored;
        }

        @Override
        public AccountState state() {
            decodes.incrementAndGet();
            return stored.state();
        }

        @Override
        public boolean matches(AccountState computed) {
            comparisons.incrementAndGet();
            return stored.matches(computed);
        }
    }

    @Test
    void aCleanAccountComparesEachStoredStateOnceAndDecodesNone() {
        Fixture fixture = account(40);

        VerifyReport report = countingVerify(fixture.app())
                .verify(new VerifyCommand(OptionalLong.of(fixture.accountId()), false));

        assertThat(report.clean()).isTrue();
        assertThat(decodes).hasValue(0);
        assertThat(comparisons).hasValue(40);
    }

    @Test
    void comparisonsGrowLinearlyWithTheNumberOfDates() {
        Fixture small = account(30);
        countingVerify(small.app()).verify(new VerifyCommand(OptionalLong.of(small.accountId()), false));
        int smallCount = comparisons.get() + decodes.get();
        comparisons.set(0);
        decodes.set(0);
        Fixture large = account(90);
        countingVerify(large.app()).verify(new VerifyCommand(OptionalLong.of(large.accountId()), false));
        int largeCount = comparisons.get() + decodes.get();

        assertThat(smallCount).isEqualTo(30);
        assertThat(largeCount).isEqualTo(3 * smallCount);
    }

    @Test
    void onlyTheStateThatDiffersIsDecodedToNameWhatDiffers() {
        Fixture fixture = account(20);
        // a movement stored behind the processors' back: the last day's computed state differs
        fixture.app().movements.insert(deposit(fixture.last().toString(), "5").withAccount(fixture.accountId()));

        VerifyReport report = countingVerify(fixture.app())
                .verify(new VerifyCommand(OptionalLong.of(fixture.accountId()), false));

        assertThat(report.differences()).filteredOn(d -> d.kind().equals("state")).singleElement()
                .satisfies(d -> assertThat(d.date()).isEqualTo(fixture.last()));
        assertThat(decodes).hasValue(1);
    }

    @Test
    void progressIsToldTheDatesComparedUpToTheTotal() {
        Fixture fixture = account(25);
        List<long[]> told = new ArrayList<>();
        List<String> phases = new ArrayList<>();

        countingVerify(fixture.app()).verify(new VerifyCommand(OptionalLong.empty(), false),
                (phase, done, total) -> {
                    phases.add(phase);
                    told.add(new long[] {done, total});
                });

        assertThat(phases).allSatisfy(p -> assertThat(p).startsWith("verifying account " + fixture.accountId()));
        assertThat(told.get(told.size() - 1)).containsExactly(25, 25);
        assertThat(told).filteredOn(t -> t[1] > 0).allSatisfy(t -> assertThat(t[0]).isLessThanOrEqualTo(t[1]));
    }
}
