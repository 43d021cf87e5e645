package dev.snapfolio.sampledata;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.OptionAction;
import dev.snapfolio.domain.movement.OptionAdjustment;
import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.domain.movement.OptionEvent;
import dev.snapfolio.domain.movement.OptionTrade;
import dev.snapfolio.domain.movement.SecurityIn;
import dev.snapfolio.domain.movement.SecurityOut;
import dev.snapfolio.domain.movement.Side;
import dev.snapfolio.domain.movement.Trade;
import dev.snapfolio.domain.reference.Split;
import dev.snapfolio.domain.state.ContractKey;
import dev.snapfolio.domain.state.PositionKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An independent replay of a history against the position rules of DESIGN §3.3 that make a
 * movement a domain error. It deliberately shares no code with the generator, so it can catch a
 * generator that loses track of its own positions. It also records which situations occurred.
 */
final class HistoryRules {
    final List<String> violations = new ArrayList<>();
    int shortsOpened;
    int partialStockCloses;
    int partialOptionCloses;
    int lateEvents;
    int splitsOnHeldTickers;

    private final Map<PositionKey, BigDecimal> stocks = new HashMap<>();
    private final TreeMap<ContractKey, BigDecimal> contracts = new TreeMap<>();

    static HistoryRules replay(GeneratedHistory history) {
        HistoryRules rules = new HistoryRules();
        List<Movement> ordered = new ArrayList<>(history.numberedMovements());
        ordered.sort(Movement.APPLY_ORDER);
        LocalDate previous = null;
        for (Movement m : ordered) {
            LocalDate date = m.businessDate();
            if (!date.equals(previous)) {
                rules.startDay(previous, date, history.splits());
                previous = date;
            }
            rules.apply(m);
        }
        return rules;
    }

    private void startDay(LocalDate previous, LocalDate date, List<Split> splits) {
        // Whatever is still open after its expiration has expired (explicitly or automatically).
        contracts.keySet().removeIf(key -> key.contract().expiration().isBefore(date));
        for (Split split : splits) {
            if ((previous == null || split.date().isAfter(previous)) && !split.date().isAfter(date)) {
                applySplit(split);
            }
        }
    }

    private void applySplit(Split split) {
        boolean held = false;
        for (Map.Entry<PositionKey, BigDecimal> e : stocks.entrySet()) {
            if (e.getKey().ticker().equals(split.ticker()) && e.getValue().signum() != 0) {
                e.setValue(split.ratio().multiply(e.getValue(), 8));
                held = true;
            }
        }
        Map<ContractKey, BigDecimal> remapped = new HashMap<>();
        contracts.entrySet().removeIf(e -> {
            if (!e.getKey().contract().underlying().equals(split.ticker())) {
                return false;
            }
            OptionContract c = e.getKey().contract();
            // As the exchanges adjust: a whole ratio multiplies contracts and divides the strike; any
            // other ratio multiplies the deliverable.
            boolean whole = split.ratio().isWhole();
            OptionContract moved = whole ? c.withStrike(split.ratio().divide(c.strike(), 6))
                    : c.withMultiplier(split.ratio().multiply(c.multiplier(), 8));
            remapped.put(new ContractKey(moved, e.getKey().currency()),
                    whole ? e.getValue().multiply(split.ratio().numeratorValue()) : e.getValue());
            return true;
        });
        held |= !remapped.isEmpty();
        contracts.putAll(remapped);
        if (held) {
            splitsOnHeldTickers++;
        }
    }

    private void apply(Movement m) {
        Currency currency = m.currency();
        if (m.detail() instanceof Trade trade) {
            PositionKey key = new PositionKey(trade.ticker(), currency);
            BigDecimal before = stocks.getOrDefault(key, BigDecimal.ZERO);
            BigDecimal after = trade.side() == Side.BUY ? before.add(trade.quantity()) : before.subtract(trade.quantity());
            if (after.signum() < 0 && before.signum() >= 0) {
                shortsOpened++;
            }
            if (before.signum() != 0 && after.signum() == before.signum() && after.abs().compareTo(before.abs()) < 0) {
                partialStockCloses++;
            }
            stocks.put(key, after);
        } else if (m.detail() instanceof SecurityIn in) {
            PositionKey key = new PositionKey(in.ticker(), currency);
            BigDecimal before = stocks.getOrDefault(key, BigDecimal.ZERO);
            if (before.signum() < 0) {
                violations.add(m.describe() + ": moves shares in while short");
            }
            stocks.put(key, before.add(in.quantity()));
        } else if (m.detail() instanceof SecurityOut out) {
            PositionKey key = new PositionKey(out.ticker(), currency);
            BigDecimal before = stocks.getOrDefault(key, BigDecimal.ZERO);
            if (before.compareTo(out.quantity()) < 0) {
                violations.add(m.describe() + ": moves out " + out.quantity() + " but holds " + before);
            }
            stocks.put(key, before.subtract(out.quantity()));
        } else if (m.detail() instanceof OptionTrade trade) {
            optionTrade(m, new ContractKey(trade.contract(), currency), trade);
        } else if (m.detail() instanceof OptionEvent event) {
            ContractKey key = new ContractKey(event.contract(), currency);
            BigDecimal held = contracts.getOrDefault(key, BigDecimal.ZERO);
            boolean ok = switch (event.event()) {
                case EXPIRED -> held.abs().compareTo(event.contracts()) >= 0;
                case ASSIGNED -> held.signum() < 0 && held.negate().compareTo(event.contracts()) >= 0;
                case EXERCISED -> held.signum() > 0 && held.compareTo(event.contracts()) >= 0;
            };
            if (!ok) {
                violations.add(m.describe() + ": " + event.event() + " of " + event.contracts() + " with " + held + " open");
            }
            if (m.timestamp().toLocalDate().isAfter(m.businessDate())) {
                lateEvents++;
            }
            reduce(key, held, event.contracts());
        } else if (m.detail() instanceof OptionAdjustment adjustment) {
            ContractKey key = new ContractKey(adjustment.contract(), currency);
            BigDecimal held = contracts.getOrDefault(key, BigDecimal.ZERO);
            if (held.abs().compareTo(adjustment.contracts()) < 0) {
                violations.add(m.describe() + ": adjusts " + adjustment.contracts() + " with " + held + " open");
                return;
            }
            BigDecimal moved = held.signum() > 0 ? adjustment.contracts() : adjustment.contracts().negate();
            ContractKey target = new ContractKey(adjustment.newContract(), currency);
            BigDecimal there = contracts.getOrDefault(target, BigDecimal.ZERO);
            if (there.signum() != 0 && there.signum() != moved.signum()) {
                violations.add(m.describe() + ": adjusts onto an opposite position");
            }
            reduce(key, held, adjustment.contracts());
            contracts.put(target, there.add(moved));
        }
    }

    private void optionTrade(Movement m, ContractKey key, OptionTrade trade) {
        BigDecimal held = contracts.getOrDefault(key, BigDecimal.ZERO);
        OptionAction action = trade.action();
        if (m.businessDate().isAfter(trade.contract().expiration())) {
            violations.add(m.describe() + ": traded after its expiration");
        }
        if (action.isOpen()) {
            int direction = action == OptionAction.BUY_TO_OPEN ? 1 : -1;
            if (held.signum() != 0 && held.signum() != direction) {
                violations.add(m.describe() + ": " + action + " opposite to " + held + " open");
            }
            contracts.put(key, held.add(direction > 0 ? trade.contracts() : trade.contracts().negate()));
            return;
        }
        boolean closesLong = action == OptionAction.SELL_TO_CLOSE;
        boolean ok = closesLong ? held.compareTo(trade.contracts()) >= 0 : held.negate().compareTo(trade.contracts()) >= 0;
        if (!ok) {
            violations.add(m.describe() + ": " + action + " " + trade.contracts() + " with " + held + " open");
        }
        if (held.abs().compareTo(trade.contracts()) > 0) {
            partialOptionCloses++;
        }
        reduce(key, held, trade.contracts());
    }

    private void reduce(ContractKey key, BigDecimal held, BigDecimal count) {
        BigDecimal left = held.signum() > 0 ? held.subtract(count) : held.add(count);
        if (left.signum() == 0) {
            contracts.remove(key);
        } else {
            contracts.put(key, left);
        }
    }

    Map<Ticker, BigDecimal> stockPositions() {
        Map<Ticker, BigDecimal> result = new HashMap<>();
        stocks.forEach((k, v) -> result.merge(k.ticker(), v, BigDecimal::add));
        return result;
    }
}
