package dev.snapfolio.application.processing;

import dev.snapfolio.application.port.out.SnapshotChanges.FinancialKey;
import dev.snapfolio.application.port.out.SnapshotChanges.StateKey;
import dev.snapfolio.application.port.out.SnapshotChanges.TickerKey;
import dev.snapfolio.domain.calc.DayResult;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.Scenario;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.domain.state.AccountState;
import dev.snapfolio.domain.state.ContractBook;
import dev.snapfolio.domain.state.ContractKey;
import dev.snapfolio.domain.state.PositionKey;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares what a day computes with what is stored that day and collects only the rows whose
 * content changes (DESIGN §3.5). Both processors go through here, so they write identical rows.
 */
final class DayDiff {
    private DayDiff() {
    }

    static void diff(ChangeSet out, long accountId, AccountState before, DayResult result, List<Movement> dayMovements,
            StoredDay stored) {
        LocalDate day = result.date();
        boolean snapshotDate = result.snapshotDate();
        AccountState after = result.state();

        Map<Currency, FinancialSnapshot> computed = new TreeMap<>();
        if (snapshotDate) {
            for (FinancialSnapshot row : result.financials()) {
                computed.put(row.currency(), row);
            }
        }
        Set<Currency> currencies = new TreeSet<>(computed.keySet());
        currencies.addAll(stored.financials().keySet());
        for (Currency currency : currencies) {
            FinancialSnapshot fresh = computed.get(currency);
            FinancialSnapshot old = stored.financials().get(currency);
            Scenario scenario = classify(snapshotDate, fresh != null, result.activeCurrencies().contains(currency),
                    before.hasCurrency(currency), old != null);
            boolean written = switch (scenario) {
                case A, B, E -> out.insertFinancials.add(fresh);
                case C, D, G -> !fresh.equals(old) && out.updateFinancials.add(fresh);
                case H -> out.deleteFinancials.add(new FinancialKey(accountId, day, currency));
                case F -> false;
            };
            out.countFinancial(scenario, written);
        }

        Map<PositionKey, TickerSnapshot> computedTickers = new TreeMap<>();
        if (snapshotDate) {
            for (TickerSnapshot row : result.tickers()) {
                computedTickers.put(new PositionKey(row.ticker(), row.currency()), row);
            }
        }
        Set<PositionKey> keys = new TreeSet<>(computedTickers.keySet());
        keys.addAll(stored.tickers().keySet());
        Set<PositionKey> moved = new HashSet<>();
        for (Movement movement : dayMovements) {
            if (movement.detail().ticker() != null) {
                moved.add(new PositionKey(movement.detail().ticker(), movement.currency()));
            }
        }
        Map<PositionKey, Map<ContractKey, ContractBook>> contractsBefore = contractsByPosition(before);
        Map<PositionKey, Map<ContractKey, ContractBook>> contractsAfter = contractsByPosition(after);
        for (PositionKey key : keys) {
            TickerSnapshot fresh = computedTickers.get(key);
            TickerSnapshot old = stored.tickers().get(key);
            boolean activity = moved.contains(key) || !Objects.equals(before.tickers().get(key), after.tickers().get(key))
                    || !Objects.equals(contractsBefore.get(key), contractsAfter.get(key));
            boolean stateBefore = before.tickers().containsKey(key) || contractsBefore.containsKey(key);
            Scenario scenario = classify(snapshotDate, fresh != null, activity, stateBefore, old != null);
            switch (scenario) {
                case A, B, E -> {
                    out.insertTickers.add(fresh);
                    out.countTicker(scenario);
                }
                case C, D, G -> {
                    if (!fresh.equals(old)) {
                        out.updateTickers.add(fresh);
                        out.countTicker(scenario);
                    }
                }
                case H -> {
                    out.deleteTickers.add(new TickerKey(accountId, day, key.ticker(), key.currency()));
                    out.countTicker(scenario);
                }
                case F -> {
                }
            }
        }

        if (snapshotDate) {
            if (stored.state() == null || !stored.state().matches(after)) {
                out.upsertStates.add(after);
            }
        } else if (stored.state() != null) {
            out.deleteStates.add(new StateKey(accountId, day));
        }
    }

    /** Scenario.classify, treating a row with neither state before nor visible activity as activity. */
    private static Scenario classify(boolean snapshotDate, boolean hasState, boolean activity, boolean stateBefore,
            boolean stored) {
        return Scenario.classify(snapshotDate, hasState, activity || (hasState && !stateBefore), stateBefore, stored);
    }

    private static Map<PositionKey, Map<ContractKey, ContractBook>> contractsByPosition(AccountState state) {
        Map<PositionKey, Map<ContractKey, ContractBook>> byPosition = new HashMap<>();
        state.contracts().forEach((key, book) ->
                byPosition.computeIfAbsent(key.position(), p -> new TreeMap<>()).put(key, book));
        return byPosition;
    }
}
