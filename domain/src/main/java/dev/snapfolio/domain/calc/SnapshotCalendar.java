package dev.snapfolio.domain.calc;

import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.state.AccountState;
import dev.snapfolio.domain.state.ContractKey;
import dev.snapfolio.domain.state.PositionKey;
import dev.snapfolio.domain.state.TickerBook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which dates a run visits besides movement dates (DESIGN §3.5): the dates of splits of tickers the
 * account holds and the dates on which an auto-expiry is applied. Both strategies ask this, so they
 * visit the same dates.
 */
public final class SnapshotCalendar {
    private SnapshotCalendar() {
    }

    /**
     * The earliest date after {@code afterExclusive} and on or before {@code policy.today()} on
     * which, given {@code state}, something happens without a movement: a split of a held ticker,
     * or the expiration of an open contract whose auto-expiry is due.
     */
    public static Optional<LocalDate> nextEventDate(AccountState state, LocalDate afterExclusive, ReferenceData refs,
            Policy policy) {
        return Optional.ofNullable(nextEventDate(state, afterExclusive, null, refs, policy));
    }

    /**
     * {@link #nextEventDate(AccountState, LocalDate, ReferenceData, Policy)} for a caller that only
     * needs events before {@code beforeExclusive} (the next movement date of a run; null: no
     * limit): the same date when it is before the limit, otherwise null or some date on or after
     * the limit. Held tickers are then only asked for splits when some split comes before the limit.
     */
    static LocalDate nextEventDate(AccountState state, LocalDate afterExclusive, LocalDate beforeExclusive,
            ReferenceData refs, Policy policy) {
        LocalDate best = null;
        for (ContractKey key : state.contracts().keySet()) {
            LocalDate expiration = key.contract().expiration();
            if (expiration.isAfter(afterExclusive) && (best == null || expiration.isBefore(best))
                    && policy.autoExpiryDue(expiration)) {
                best = expiration;
            }
        }
        LocalDate horizon = best == null ? policy.today() : best.minusDays(1);
        if (beforeExclusive != null && !beforeExclusive.isAfter(horizon)) {
            horizon = beforeExclusive.minusDays(1);
        }
        Optional<LocalDate> anySplit = refs.earliestSplitOnOrAfter(afterExclusive);
        // Only when some split could come before what is already found are the held tickers asked.
        if (anySplit.isPresent() && !anySplit.get().isAfter(horizon)) {
            List<Ticker> held = new ArrayList<>(state.tickers().size() + state.contracts().size());
            for (Map.Entry<PositionKey, TickerBook> entry : state.tickers().entrySet()) {
                if (entry.getValue().isOpen()) {
                    held.add(entry.getKey().ticker());
                }
            }
            for (ContractKey key : state.contracts().keySet()) {
                held.add(key.contract().underlying());
            }
            if (!held.isEmpty()) {
                Optional<LocalDate> split = refs.nextSplitDate(held, afterExclusive);
                if (split.isPresent() && (best == null || split.get().isBefore(best))) {
                    best = split.get();
                }
            }
        }
        if (best == null || best.isAfter(policy.today())) {
            return null;
        }
        return best;
    }
}
