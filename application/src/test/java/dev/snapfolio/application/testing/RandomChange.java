package dev.snapfolio.application.testing;

import dev.snapfolio.application.fakes.FakeApplication;
import dev.snapfolio.application.port.in.ChangeRejectedException;
import dev.snapfolio.application.port.in.DeleteMovementUseCase.DeleteMovementCommand;
import dev.snapfolio.application.port.in.EditMovementUseCase.EditMovementCommand;
import dev.snapfolio.application.port.in.RecordMovementUseCase.RecordMovementCommand;
import dev.snapfolio.application.port.in.RecordPricesUseCase.RecordPricesCommand;
import dev.snapfolio.application.port.in.RecordSplitsUseCase.RecordSplitsCommand;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.money.ValidationException;
import dev.snapfolio.domain.movement.Deposit;
import dev.snapfolio.domain.movement.Dividend;
import dev.snapfolio.domain.movement.Fee;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.MovementDetail;
import dev.snapfolio.domain.movement.OptionAction;
import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.domain.movement.OptionTrade;
import dev.snapfolio.domain.movement.OptionType;
import dev.snapfolio.domain.movement.SecurityOut;
import dev.snapfolio.domain.movement.Side;
import dev.snapfolio.domain.movement.Trade;
import dev.snapfolio.domain.movement.Withdrawal;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.Split;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A change made to an account after its history is stored: a new, edited or deleted movement
 * (often back-dated; some are rejected by validation, which must leave everything as it was), a
 * price or split arriving late, or time passing. Generated once and applied to several
 * applications holding the same history (same ids), so they can be compared.
 */
public sealed interface RandomChange {

    /** Applies the change; returns "rejected" when validation refused it, "done" otherwise. */
    String applyTo(FakeApplication app, long accountId);

    record Insert(Movement movement) implements RandomChange {
        @Override
        public String applyTo(FakeApplication app, long accountId) {
            return rejectedOr(() -> app.recordMovement.record(new RecordMovementCommand(accountId, movement)));
        }
    }

    record Edit(long id, Movement replacement) implements RandomChange {
        @Override
        public String applyTo(FakeApplication app, long accountId) {
            return rejectedOr(() -> app.editMovement.edit(new EditMovementCommand(accountId, id, replacement)));
        }
    }

    record Delete(long id) implements RandomChange {
        @Override
        public String applyTo(FakeApplication app, long accountId) {
            return rejectedOr(() -> app.deleteMovement.delete(new DeleteMovementCommand(accountId, id)));
        }
    }

    record LatePrice(Price price) implements RandomChange {
        @Override
        public String applyTo(FakeApplication app, long accountId) {
            app.recordPrices.recordPrices(new RecordPricesCommand(List.of(price)));
            app.refresh.refresh();
            return "done";
        }
    }

    record LateSplit(Split split) implements RandomChange {
        @Override
        public String applyTo(FakeApplication app, long accountId) {
            app.recordSplits.recordSplits(new RecordSplitsCommand(List.of(split)));
            app.refresh.refresh();
            return "done";
        }
    }

    record DaysPass(int days) implements RandomChange {
        @Override
        public String applyTo(FakeApplication app, long accountId) {
            app.clock.setToday(app.clock.today().plusDays(days));
            app.refresh.refresh();
            return "done";
        }
    }

    private static String rejectedOr(Runnable change) {
        try {
            change.run();
            return "done";
        } catch (ChangeRejectedException e) {
            return "rejected";
        }
    }

    /** A random change for an account whose movements (with their ids) are {@code current}. */
    static RandomChange next(RandomHistory h, List<Movement> current, LocalDate today) {
        int kind = h.random().nextInt(20);
        LocalDate date = RandomHistory.START.minusDays(5).plusDays(
                h.random().nextInt((int) (today.toEpochDay() - RandomHistory.START.toEpochDay()) + 7));
        if (kind < 6 || current.isEmpty()) {
            return new Insert(Movement.of(0, at(h, date), Currency.USD, newDetail(h, date, current)));
        }
        Movement target = current.get(h.random().nextInt(current.size()));
        if (kind < 11) {
            try {
                return new Edit(target.id(), edited(h, target, today));
            } catch (ValidationException e) {
                return new Delete(target.id());
            }
        }
        if (kind < 15) {
            return new Delete(target.id());
        }
        if (kind < 17) {
            Ticker ticker = h.pick(RandomHistory.AAA, RandomHistory.BBB, RandomHistory.CCC);
            return new LatePrice(new Price(ticker, Currency.USD, date, h.money(10, 150)));
        }
        if (kind < 19) {
            // Some dated after today: recorded before they are due.
            LocalDate splitDate = h.random().nextInt(3) == 0 ? today.plusDays(1 + h.random().nextInt(10)) : date;
            return new LateSplit(new Split(RandomHistory.CCC, splitDate, RandomHistory.randomRatio(h.random())));
        }
        return new DaysPass(1 + h.random().nextInt(20));
    }

    private static LocalDateTime at(RandomHistory h, LocalDate date) {
        return date.atTime(8 + h.random().nextInt(10), h.random().nextInt(60));
    }

    private static MovementDetail newDetail(RandomHistory h, LocalDate date, List<Movement> current) {
        switch (h.random().nextInt(8)) {
            case 0:
                return new Deposit(h.money(100, 5_000), null, null);
            case 1:
                return new Trade(h.pick(RandomHistory.AAA, RandomHistory.BBB, RandomHistory.CCC),
                        h.random().nextBoolean() ? Side.BUY : Side.SELL, BigDecimal.valueOf(1 + h.random().nextInt(40)),
                        h.money(10, 150), h.money(0, 2), null);
            case 2:
                return new Dividend(h.pick(RandomHistory.AAA, RandomHistory.CCC), h.money(1, 80));
            case 3:
                return new Fee(h.money(1, 20));
            case 4:
                return new SecurityOut(h.pick(RandomHistory.AAA, RandomHistory.CCC),
                        BigDecimal.valueOf(1 + h.random().nextInt(15)), null);
            case 5: {
                // Closing some existing contract: valid only if enough is open then.
                for (Movement m : current) {
                    if (m.detail() instanceof OptionTrade trade && !trade.contract().expiration().isBefore(date)) {
                        boolean wasShort = trade.action() == OptionAction.SELL_TO_OPEN;
                        return new OptionTrade(trade.contract(), wasShort ? OptionAction.BUY_TO_CLOSE
                                : OptionAction.SELL_TO_CLOSE, BigDecimal.ONE, wasShort ? h.money(-90, -1)
                                : h.money(1, 90), null, null);
                    }
                }
                return new Withdrawal(h.money(10, 300), null, null);
            }
            default: {
                OptionContract contract = new OptionContract(RandomHistory.AAA, h.random().nextBoolean()
                        ? OptionType.PUT : OptionType.CALL, BigDecimal.valueOf(45), date.plusDays(2 + h.random().nextInt(20)), 100);
                return new OptionTrade(contract, OptionAction.SELL_TO_OPEN, BigDecimal.valueOf(1 + h.random().nextInt(2)),
                        h.money(10, 200), h.money(0, 2), null);
            }
        }
    }

    /** The movement with its date moved, or one of its amounts changed. */
    private static Movement edited(RandomHistory h, Movement m, LocalDate today) {
        MovementDetail detail = m.detail();
        MovementDetail changed = null;
        if (detail instanceof Deposit d) {
            changed = new Deposit(h.money(10, 3_000), d.commissions(), d.fees());
        } else if (detail instanceof Withdrawal w) {
            changed = new Withdrawal(h.money(10, 300), w.commissions(), w.fees());
        } else if (detail instanceof Trade t) {
            changed = new Trade(t.ticker(), t.side(), BigDecimal.valueOf(1 + h.random().nextInt(40)), t.price(),
                    t.commissions(), t.fees());
        } else if (detail instanceof Dividend d) {
            changed = new Dividend(d.ticker(), h.money(1, 80));
        } else if (detail instanceof Fee) {
            changed = new Fee(h.money(1, 20));
        }
        if (changed != null && h.random().nextBoolean()) {
            return new Movement(0, m.accountId(), m.timestamp(), m.currency(), changed, m.notes(), null);
        }
        LocalDateTime moved = m.timestamp().plusDays(h.random().nextInt(21) - 10);
        if (moved.toLocalDate().isAfter(today)) {
            moved = today.atTime(10, 0);
        }
        return new Movement(0, m.accountId(), moved, m.currency(), detail, m.notes(), null);
    }
}
