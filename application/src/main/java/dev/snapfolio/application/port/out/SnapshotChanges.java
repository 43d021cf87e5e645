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
        List<FinancialSnapshot> insertF = new ArrayList<>();
        List<FinancialSnapshot> updateF = new ArrayList<>();
        List<FinancialKey> deleteF = new ArrayList<>();
        List<TickerSnapshot> insertT = new ArrayList<>();
        List<TickerSnapshot> updateT = new ArrayList<>();
        List<TickerKey> deleteT = new ArrayList<>();
        List<AccountState> upsertS = new ArrayList<>();
        List<StateKey> deleteS = new ArrayList<>();
        for (SnapshotChanges c : parts) {
            insertF.addAll(c.insertFinancials);
            updateF.addAll(c.updateFinancials);
            deleteF.addAll(c.deleteFinancials);
            insertT.addAll(c.insertTickers);
            updateT.addAll(c.updateTickers);
            deleteT.addAll(c.deleteTickers);
            upsertS.addAll(c.upsertStates);
            deleteS.addAll(c.deleteStates);
        }
        return new SnapshotChanges(insertF, updateF, deleteF, insertT, updateT, deleteT, upsertS, deleteS);
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
