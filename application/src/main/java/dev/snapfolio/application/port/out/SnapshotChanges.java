package dev.snapfolio.application.port.out;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.domain.state.AccountState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows a run writes: only rows whose content changes. States are upserted per (account,
 * date); deleted dates lose their state too.
 */
public record SnapshotChanges(List<FinancialSnapshot> insertFinancials, List<FinancialSnapshot> updateFinancials,
        List<FinancialKey> deleteFinancials, List<TickerSnapshot> insertTickers, List<TickerSnapshot> updateTickers,
        List<TickerKey> deleteTickers, List<AccountState> upsertStates, List<StateKey> deleteStates) {

    public record FinancialKey(long accountId, LocalDate date, Currency currency) {
    }

    public record TickerKey(long accountId, LocalDate date, Ticker ticker, Currency currency) {
    }

    public record StateKey(long accountId, LocalDate date) {
    }

    public SnapshotChanges {
        insertFinancials = List.copyOf(insertFinancials);
        updateFinancials = List.copyOf(updateFinancials);
        deleteFinancials = List.copyOf(deleteFinancials);
        insertTickers = List.copyOf(insertTickers);
        updateTickers = List.copyOf(updateTickers);
        deleteTickers = List.copyOf(deleteTickers);
        upsertStates = List.copyOf(upsertStates);
        deleteStates = List.copyOf(deleteStates);
    }

    public static SnapshotChanges none() {
        return new SnapshotChanges(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The changes of several accounts (or runs) as one: each list the concatenation of theirs, in order. */
    public static SnapshotChanges concat(List<SnapshotChanges> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        Builder all = new Builder();
        parts.forEach(all::addAll);
        return all.build();
    }

    /** Rows collected one by one (a diff, a verify, several accounts' changes), then frozen by {@link #build()}. */
    public static class Builder {
        public final List<FinancialSnapshot> insertFinancials = new ArrayList<>();
        public final List<FinancialSnapshot> updateFinancials = new ArrayList<>();
        public final List<FinancialKey> deleteFinancials = new ArrayList<>();
        public final List<TickerSnapshot> insertTickers = new ArrayList<>();
        public final List<TickerSnapshot> updateTickers = new ArrayList<>();
        public final List<TickerKey> deleteTickers = new ArrayList<>();
        public final List<AccountState> upsertStates = new ArrayList<>();
        public final List<StateKey> deleteStates = new ArrayList<>();

        public void addAll(SnapshotChanges c) {
            insertFinancials.addAll(c.insertFinancials);
            updateFinancials.addAll(c.updateFinancials);
            deleteFinancials.addAll(c.deleteFinancials);
            insertTickers.addAll(c.insertTickers);
            updateTickers.addAll(c.updateTickers);
            deleteTickers.addAll(c.deleteTickers);
            upsertStates.addAll(c.upsertStates);
            deleteStates.addAll(c.deleteStates);
        }

        public boolean isEmpty() {
            return insertFinancials.isEmpty() && updateFinancials.isEmpty() && deleteFinancials.isEmpty()
                    && insertTickers.isEmpty() && updateTickers.isEmpty() && deleteTickers.isEmpty()
                    && upsertStates.isEmpty() && deleteStates.isEmpty();
        }

        public SnapshotChanges build() {
            return new SnapshotChanges(insertFinancials, updateFinancials, deleteFinancials, insertTickers,
                    updateTickers, deleteTickers, upsertStates, deleteStates);
        }
    }

    public boolean isEmpty() {
        return insertFinancials.isEmpty() && updateFinancials.isEmpty() && deleteFinancials.isEmpty()
                && insertTickers.isEmpty() && updateTickers.isEmpty() && deleteTickers.isEmpty()
                && upsertStates.isEmpty() && deleteStates.isEmpty();
    }

    public int rowCount() {
        return insertFinancials.size() + updateFinancials.size() + deleteFinancials.size() + insertTickers.size()
                + updateTickers.size() + deleteTickers.size() + upsertStates.size() + deleteStates.size();
    }
}
