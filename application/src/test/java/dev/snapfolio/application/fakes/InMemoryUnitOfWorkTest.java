package dev.snapfolio.application.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.application.port.in.RunRecord;
import dev.snapfolio.application.port.in.RunStatus;
import dev.snapfolio.application.port.in.Trigger;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InMemoryUnitOfWorkTest {
    private final FakeDatabase db = new FakeDatabase();
    private final InMemoryDirtyMarkRepository marks = new InMemoryDirtyMarkRepository(db);
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository(db);
    private final InMemoryRunLogRepository runLog = new InMemoryRunLogRepository(db);
    private final FailingUnitOfWork unitOfWork = new FailingUnitOfWork(db);

    @Test
    void anExceptionRollsBackEveryWriteOfTheTransaction() {
        settings.save("kept", "1");

        assertThatThrownBy(() -> unitOfWork.run(() -> {
            settings.save("lost", "2");
            marks.markDirty(7, LocalDate.of(2024, 1, 2));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(settings.findAll()).containsOnlyKeys("kept");
        assertThat(marks.find(7)).isEmpty();
        assertThat(unitOfWork.rollbacks()).isEqualTo(1);
    }

    @Test
    void aNestedTransactionJoinsTheOuterOne() {
        assertThatThrownBy(() -> unitOfWork.run(() -> {
            unitOfWork.run(() -> settings.save("inner", "1"));
            throw new IllegalStateException("outer fails");
        }));

        assertThat(settings.findAll()).isEmpty();
    }

    @Test
    void aFailingCommitRollsBack() {
        unitOfWork.failCommit(2);
        unitOfWork.run(() -> settings.save("first", "1"));

        assertThatThrownBy(() -> unitOfWork.run(() -> settings.save("second", "2"))).isInstanceOf(InjectedFault.class);

        assertThat(settings.findAll()).containsOnlyKeys("first");
    }

    @Test
    void theRunLogKeepsWhatARolledBackTransactionAppended() {
        assertThatThrownBy(() -> unitOfWork.run(() -> {
            runLog.append(sampleRun());
            throw new IllegalStateException("rolled back");
        }));

        assertThat(runLog.findAll()).hasSize(1);
    }

    @Test
    void dirtyMarksKeepTheEarliestDateAndMoveTheirCounter() {
        marks.markDirty(1, LocalDate.of(2024, 3, 1));
        long first = marks.find(1).orElseThrow().counter();
        marks.markDirty(1, LocalDate.of(2024, 2, 1));
        marks.markDirty(1, LocalDate.of(2024, 4, 1));

        assertThat(marks.find(1).orElseThrow().dirtyFrom()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(marks.clearIfUnchanged(1, first)).isFalse();
        assertThat(marks.clearIfUnchanged(1, marks.find(1).orElseThrow().counter())).isTrue();
        assertThat(marks.find(1)).isEmpty();
    }

    private static RunRecord sampleRun() {
        return RunRecord.started(1, Trigger.EDIT, null, Instant.EPOCH).ended(RunStatus.DEFERRED, null);
    }
}
