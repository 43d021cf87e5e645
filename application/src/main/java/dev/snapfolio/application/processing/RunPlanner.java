package dev.snapfolio.application.processing;

import dev.snapfolio.application.port.out.DirtyMark;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import dev.snapfolio.application.port.out.SnapshotStore;
import dev.snapfolio.domain.calc.ChangeDates;
import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.state.AccountState;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a run (or an in-memory validation) starts: the change date, lowered to the account's
 * dirty mark (stored rows from there on are not trusted), then to the earliest due expiration of a
 * contract still open in the stored state before it (DESIGN §3.5).
 */
public class RunPlanner {
    private final SnapshotStore store;
    private final DirtyMarkRepository dirtyMarks;

    @Inject
    public RunPlanner(SnapshotStore store, DirtyMarkRepository dirtyMarks) {
        this.store = store;
        this.dirtyMarks = dirtyMarks;
    }

    /** A run's start and the stored state before it; {@code mark} is the dirty mark read for it. */
    public record Plan(LocalDate from, AccountState start, Optional<DirtyMark> mark) {
    }

    public Plan plan(long accountId, LocalDate changeDate, Policy policy) {
        Optional<DirtyMark> mark = dirtyMarks.find(accountId);
        LocalDate date = changeDate;
        if (mark.isPresent() && mark.get().dirtyFrom() != null && mark.get().dirtyFrom().isBefore(date)) {
            date = mark.get().dirtyFrom();
        }
        AccountState start = store.findStateBefore(accountId, date).orElse(AccountState.empty(accountId));
        LocalDate from = ChangeDates.runStart(date, start, policy);
        if (from.isBefore(date)) {
            start = store.findStateBefore(accountId, from).orElse(AccountState.empty(accountId));
        }
        return new Plan(from, start, mark);
    }
}
