package dev.snapfolio.application.service;

import dev.snapfolio.application.port.in.RefreshUseCase;
import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.DirtyMark;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import dev.snapfolio.application.port.out.SnapshotStore;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.application.port.in.ProcessingOutcome;
import dev.snapfolio.application.processing.ProcessingSettingsProvider;
import dev.snapfolio.application.processing.SnapshotProcessingCoordinator;
import dev.snapfolio.application.port.in.Trigger;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.state.AccountState;
import dev.snapfolio.domain.state.ContractKey;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes every dirty account (claimed in small groups, so several workers can share a database)
 * and every account whose latest stored state still holds a contract with an expiry now due.
 * The run lock keeps two workers off one account; a worker that cannot have it is told "deferred".
 */
public class RefreshService implements RefreshUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(RefreshService.class);
    private static final int CLAIM_CHUNK = 20;

    private final DirtyMarkRepository dirtyMarks;
    private final AccountRepository accounts;
    private final SnapshotStore store;
    private final UnitOfWork unitOfWork;
    private final SnapshotProcessingCoordinator coordinator;
    private final ProcessingSettingsProvider settings;
    private final Clock clock;

    @Inject
    public RefreshService(DirtyMarkRepository dirtyMarks, AccountRepository accounts, SnapshotStore store,
            UnitOfWork unitOfWork, SnapshotProcessingCoordinator coordinator, ProcessingSettingsProvider settings,
            Clock clock) {
        this.dirtyMarks = dirtyMarks;
        this.accounts = accounts;
        this.store = store;
        this.unitOfWork = unitOfWork;
        this.coordinator = coordinator;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<ProcessingOutcome> refresh() {
        // Only today and the grace matter here; each run builds its account's own policy.
        Policy policy = new Policy(LocalDate.now(clock), settings.current().expiryGraceDays());
        LocalDate today = policy.today();
        List<ProcessingOutcome> outcomes = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        while (true) {
            int limit = seen.size() + CLAIM_CHUNK;
            List<DirtyMark> claimed = unitOfWork.inTransaction(() -> dirtyMarks.claim(limit));
            List<DirtyMark> fresh = claimed.stream().filter(mark -> !seen.contains(mark.accountId())).toList();
            if (fresh.isEmpty()) {
                break;
            }
            for (DirtyMark mark : fresh) {
                seen.add(mark.accountId());
                // Dirty only from a date after today (a movement dated tomorrow): nothing to do yet.
                if (mark.dirtyFrom() != null && mark.dirtyFrom().isAfter(today)) {
                    continue;
                }
                LocalDate from = mark.dirtyFrom() == null ? today : mark.dirtyFrom();
                outcomes.add(processOne(mark.accountId(), from, () -> Optional.of(from)).orElseThrow());
            }
        }
        for (Account account : accounts.findAll()) {
            if (seen.contains(account.id())) {
                continue;
            }
            processOne(account.id(), today, () -> dueExpiry(account.id(), policy)).ifPresent(outcomes::add);
        }
        long failed = outcomes.stream().filter(ProcessingOutcome::failed).count();
        LOG.info("refresh: {} accounts processed, {} failed", outcomes.size(), failed);
        return outcomes;
    }

    /**
     * Processes one account from the date {@code from} gives (nothing when it gives none). A failure
     * of this account — even one the coordinator could not record as a run of its own — becomes its
     * failed outcome (account, date, problem), and the refresh goes on with the others.
     */
    private Optional<ProcessingOutcome> processOne(long accountId, LocalDate fallbackDate,
            java.util.function.Supplier<Optional<LocalDate>> from) {
        LocalDate date = fallbackDate;
        try {
            Optional<LocalDate> start = from.get();
            if (start.isEmpty()) {
                return Optional.empty();
            }
            date = start.get();
            return Optional.of(coordinator.process(accountId, date, Trigger.REFRESH));
        } catch (RuntimeException e) {
            return Optional.of(coordinator.failed(accountId, date, Trigger.REFRESH, e));
        }
    }

    /** The earliest expiration of a contract still open in the latest stored state whose auto-expiry is due. */
    private Optional<LocalDate> dueExpiry(long accountId, Policy policy) {
        Optional<AccountState> latest = store.findStateBefore(accountId, policy.today().plusDays(1));
        return latest.flatMap(state -> state.contracts().keySet().stream()
                .map(ContractKey::contract)
                .map(contract -> contract.expiration())
                .filter(policy::autoExpiryDue)
                .min(LocalDate::compareTo));
    }
}
