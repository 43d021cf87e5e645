package dev.snapfolio.importer;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.ValidationException;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.MovementDetail;
import dev.snapfolio.domain.movement.OptionAction;
import dev.snapfolio.domain.movement.OptionAdjustment;
import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.domain.movement.OptionEvent;
import dev.snapfolio.domain.movement.OptionTrade;
import dev.snapfolio.importer.TastytradeMovements.Stamp;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tastytrade writes a special dividend's strike adjustment as two rows: the old strike going and
 * the new one coming, in either order. This pairs them and turns each pair into an
 * OPTION_ADJUSTMENT of the strike held open. Which of the two strikes is the old one: when the
 * Action column says (one row closes, the other opens), the closing row; otherwise the strike that
 * the earlier rows of this file left open. When neither tells, the import stops rather than guess.
 */
final class SpecialDividendPairing {
    private static final BigDecimal PAIR_VALUE_TOLERANCE = new BigDecimal("0.01");
    private static final long PAIR_SECONDS = 2;

    private final String file;
    private final long accountId;
    private final List<Leg> legs = new ArrayList<>();

    SpecialDividendPairing(String file, long accountId) {
        this.file = file;
        this.accountId = accountId;
    }

    /** One row of a special-dividend strike adjustment: the old or the new strike, not yet known which. */
    record Leg(String file, int line, Stamp stamp, Currency currency, OptionContract contract,
            OptionAction action, BigDecimal quantity, BigDecimal value, String keyFields, String notes) {
        boolean pairsWith(Leg other) {
            return contract.underlying().equals(other.contract.underlying())
                    && contract.expiration().equals(other.contract.expiration())
                    && contract.type() == other.contract.type()
                    && quantity.compareTo(other.quantity) == 0
                    && Math.abs(stamp.epochSecond() - other.stamp.epochSecond()) <= PAIR_SECONDS
                    && contract.strike().compareTo(other.contract.strike()) != 0
                    && value.add(other.value).abs().compareTo(PAIR_VALUE_TOLERANCE) <= 0;
        }
    }

    private record Pair(Leg first, Leg second) {
        LocalDateTime timestamp() {
            return first.stamp.local().isBefore(second.stamp.local()) ? first.stamp.local() : second.stamp.local();
        }

        int order() {
            return -Math.max(first.line, second.line);
        }
    }

    void add(Leg leg) {
        legs.add(leg);
    }

    /**
     * The adjustments of the legs added, each placed among the file's other movements.
     *
     * @param others the file's other movements, to tell which strike is held open
     * @throws ImportException for a leg without partner or a pair whose old strike cannot be told
     */
    List<Pending> adjustments(List<Pending> others) {
        if (legs.isEmpty()) {
            return List.of();
        }
        List<Pair> pairs = pairs();
        List<Pending> chronological = new ArrayList<>(others);
        chronological.sort(Pending.CHRONOLOGICAL);
        Map<OptionContract, BigDecimal> open = new HashMap<>();
        List<Pending> result = new ArrayList<>();
        int next = 0;
        for (Pair pair : pairs) {
            while (next < chronological.size() && before(chronological.get(next), pair)) {
                applyOpen(open, chronological.get(next++).movement().detail());
            }
            Pending adjustment = adjustment(pair, open);
            applyOpen(open, adjustment.movement().detail());
            result.add(adjustment);
        }
        return result;
    }

    /** The legs paired, in the order their adjustments apply. */
    private List<Pair> pairs() {
        List<Leg> sorted = new ArrayList<>(legs);
        sorted.sort(Comparator.comparingLong((Leg l) -> l.stamp.epochSecond()).thenComparingInt(l -> -l.line));
        boolean[] used = new boolean[sorted.size()];
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (used[i]) {
                continue;
            }
            Leg leg = sorted.get(i);
            for (int j = i + 1; j < sorted.size() && !used[i]; j++) {
                Leg other = sorted.get(j);
                if (other.stamp.epochSecond() - leg.stamp.epochSecond() > PAIR_SECONDS) {
                    break;
                }
                if (!used[j] && leg.pairsWith(other)) {
                    used[i] = true;
                    used[j] = true;
                    pairs.add(new Pair(leg, other));
                }
            }
            if (!used[i]) {
                throw new ImportException(file, leg.line, null, "special-dividend row without its partner (a row with the"
                        + " same underlying, expiration, call/put and quantity, another strike, at most 2 s apart, Values"
                        + " summing to 0 within 0.01)");
            }
        }
        pairs.sort(Comparator.comparing(Pair::timestamp).thenComparingInt(Pair::order));
        return pairs;
    }

    private static boolean before(Pending p, Pair pair) {
        int byTime = p.movement().timestamp().compareTo(pair.timestamp());
        return byTime < 0 || byTime == 0 && p.order() < pair.order();
    }

    private Pending adjustment(Pair pair, Map<OptionContract, BigDecimal> open) {
        Leg a = pair.first();
        Leg b = pair.second();
        Leg old;
        if (a.action != null && b.action != null && a.action.isOpen() != b.action.isOpen()) {
            old = a.action.isOpen() ? b : a;
        } else {
            boolean aOpen = open.getOrDefault(a.contract, BigDecimal.ZERO).signum() != 0;
            boolean bOpen = open.getOrDefault(b.contract, BigDecimal.ZERO).signum() != 0;
            if (aOpen == bOpen) {
                int first = Math.min(a.line, b.line);
                throw new ImportException(file, first, null, "cannot tell which strike of the special-dividend pair on lines "
                        + first + " and " + Math.max(a.line, b.line) + " is held open: the Action column does not say and "
                        + (aOpen ? "earlier rows of the file leave both open" : "no earlier row of the file opens either"));
            }
            old = aOpen ? a : b;
        }
        Leg replacement = old == a ? b : a;
        int firstLine = Math.min(a.line, b.line);
        int lastLine = Math.max(a.line, b.line);
        String location = file + ":" + firstLine + "+" + lastLine;
        Movement movement;
        try {
            movement = new Movement(0, accountId, pair.timestamp(), old.currency,
                    new OptionAdjustment(old.contract, replacement.contract.strike(), old.quantity), old.notes, null);
        } catch (ValidationException e) {
            throw new ImportException(file, firstLine, TastytradeColumns.COLUMN_OF_FIELD.get(e.field()), e.getMessage());
        }
        String keyFields = List.of(a.keyFields, b.keyFields).stream().sorted().collect(Collectors.joining("\u001e"));
        return new Pending(movement, pair.order(), keyFields, location);
    }

    /** Tracks signed open contracts per contract (long > 0, short < 0) to find the strike held open. */
    private static void applyOpen(Map<OptionContract, BigDecimal> open, MovementDetail detail) {
        if (detail instanceof OptionTrade trade) {
            BigDecimal delta = trade.action().isBuy() ? trade.contracts() : trade.contracts().negate();
            open.merge(trade.contract(), delta, BigDecimal::add);
        } else if (detail instanceof OptionEvent event) {
            BigDecimal held = open.getOrDefault(event.contract(), BigDecimal.ZERO);
            BigDecimal closed = held.abs().min(event.contracts());
            open.put(event.contract(), held.signum() >= 0 ? held.subtract(closed) : held.add(closed));
        } else if (detail instanceof OptionAdjustment adjustment) {
            BigDecimal held = open.getOrDefault(adjustment.contract(), BigDecimal.ZERO);
            BigDecimal moved = held.abs().min(adjustment.contracts());
            BigDecimal signed = held.signum() >= 0 ? moved : moved.negate();
            open.put(adjustment.contract(), held.subtract(signed));
            open.merge(adjustment.newContract(), signed, BigDecimal::add);
        }
    }
}
