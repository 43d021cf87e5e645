package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.adapter.out.persistence.state.Interned;
import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.movement.Conversion;
import dev.snapfolio.domain.movement.Deposit;
import dev.snapfolio.domain.movement.Dividend;
import dev.snapfolio.domain.movement.DividendTax;
import dev.snapfolio.domain.movement.Fee;
import dev.snapfolio.domain.movement.Interest;
import dev.snapfolio.domain.movement.InterestPaid;
import dev.snapfolio.domain.movement.LendingIncome;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.MovementDetail;
import dev.snapfolio.domain.movement.MovementKind;
import dev.snapfolio.domain.movement.OptionAction;
import dev.snapfolio.domain.movement.OptionAdjustment;
import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.domain.movement.OptionEvent;
import dev.snapfolio.domain.movement.OptionEventType;
import dev.snapfolio.domain.movement.OptionTrade;
import dev.snapfolio.domain.movement.OptionType;
import dev.snapfolio.domain.movement.SecurityIn;
import dev.snapfolio.domain.movement.SecurityOut;
import dev.snapfolio.domain.movement.Side;
import dev.snapfolio.domain.movement.Trade;
import dev.snapfolio.domain.movement.Withdrawal;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A row of {@code movement}: the shared fields plus one nullable column per detail field; a kind
 * uses only its own columns. {@code ticker} is the stock ticker or the option's underlying.
 */
record MovementRow(long id, long accountId, String kind, LocalDateTime occurredAt, LocalDate businessDate,
        String currency, String ticker, BigDecimal amount, BigDecimal commissions, BigDecimal fees, String side,
        BigDecimal quantity, BigDecimal price, String optionType, BigDecimal strike, LocalDate expiration,
        BigDecimal multiplier, String optionAction, String optionEvent, BigDecimal contracts, BigDecimal premium,
        BigDecimal cashSettlement, BigDecimal newStrike, BigDecimal costPerShare, String targetCurrency,
        BigDecimal amountIn, String notes, String sourceKey) {

    /** Collects the detail columns while a movement is flattened. */
    private static final class Columns {
        String ticker;
        BigDecimal amount;
        BigDecimal commissions;
        BigDecimal fees;
        String side;
        BigDecimal quantity;
        BigDecimal price;
        String optionType;
        BigDecimal strike;
        LocalDate expiration;
        BigDecimal multiplier;
        String optionAction;
        String optionEvent;
        BigDecimal contracts;
        BigDecimal premium;
        BigDecimal cashSettlement;
        BigDecimal newStrike;
        BigDecimal costPerShare;
        String targetCurrency;
        BigDecimal amountIn;

        void contract(OptionContract c) {
            ticker = c.underlying().symbol();
            optionType = c.type().name();
            strike = c.strike();
            expiration = c.expiration();
            multiplier = c.multiplier();
        }
    }

    static MovementRow from(Movement m) {
        Columns c = new Columns();
        MovementDetail detail = m.detail();
        if (detail instanceof Deposit d) {
            c.amount = d.amount();
            c.commissions = d.commissions();
            c.fees = d.fees();
        } else if (detail instanceof Withdrawal w) {
            c.amount = w.amount();
            c.commissions = w.commissions();
            c.fees = w.fees();
        } else if (detail instanceof Fee f) {
            c.amount = f.amount();
        } else if (detail instanceof Interest i) {
            c.amount = i.amount();
        } else if (detail instanceof InterestPaid i) {
            c.amount = i.amount();
        } else if (detail instanceof LendingIncome l) {
            c.amount = l.amount();
        } else if (detail instanceof Dividend d) {
            c.ticker = d.ticker().symbol();
            c.amount = d.amount();
        } else if (detail instanceof DividendTax d) {
            c.ticker = d.ticker().symbol();
            c.amount = d.amount();
        } else if (detail instanceof Trade t) {
            c.ticker = t.ticker().symbol();
            c.side = t.side().name();
            c.quantity = t.quantity();
            c.price = t.price();
            c.commissions = t.commissions();
            c.fees = t.fees();
        } else if (detail instanceof OptionTrade t) {
            c.contract(t.contract());
            c.optionAction = t.action().name();
            c.contracts = t.contracts();
            c.premium = t.premium();
            c.commissions = t.commissions();
            c.fees = t.fees();
        } else if (detail instanceof OptionEvent e) {
            c.contract(e.contract());
            c.optionEvent = e.event().name();
            c.contracts = e.contracts();
            c.cashSettlement = e.cashSettlement();
        } else if (detail instanceof OptionAdjustment a) {
            c.contract(a.contract());
            c.newStrike = a.newStrike();
            c.contracts = a.contracts();
        } else if (detail instanceof SecurityIn s) {
            c.ticker = s.ticker().symbol();
            c.quantity = s.quantity();
            c.costPerShare = s.costPerShare();
        } else if (detail instanceof SecurityOut s) {
            c.ticker = s.ticker().symbol();
            c.quantity = s.quantity();
            c.costPerShare = s.costPerShare();
        } else if (detail instanceof Conversion v) {
            c.amount = v.amountOut();
            c.targetCurrency = v.targetCurrency().code();
            c.amountIn = v.amountIn();
            c.fees = v.fees();
        } else {
            throw new IllegalArgumentException("unknown movement detail " + detail.getClass().getName());
        }
        return new MovementRow(m.id(), m.accountId(), m.kind().name(), m.timestamp(), m.businessDate(),
                m.currency().code(), c.ticker, c.amount, c.commissions, c.fees, c.side, c.quantity, c.price,
                c.optionType, c.strike, c.expiration, c.multiplier, c.optionAction, c.optionEvent, c.contracts,
                c.premium, c.cashSettlement, c.newStrike, c.costPerShare, c.targetCurrency, c.amountIn, m.notes(),
                m.sourceKey());
    }

    /**
     * The row {@code rs} is positioned on, read by position: the columns of MovementMapper.xml's
     * {@code columns} fragment, in its order (a look-up by label per column and row costs a fifth
     * of the mapping time of a large load).
     */
    static MovementRow read(ResultSet rs) throws SQLException {
        return new MovementRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDateTime.class),
                rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getBigDecimal(8),
                rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getString(11), rs.getBigDecimal(12), rs.getBigDecimal(13),
                rs.getString(14), rs.getBigDecimal(15), rs.getObject(16, LocalDate.class),
                rs.getBigDecimal(17), rs.getString(18), rs.getString(19), rs.getBigDecimal(20),
                rs.getBigDecimal(21), rs.getBigDecimal(22), rs.getBigDecimal(23), rs.getBigDecimal(24),
                rs.getString(25), rs.getBigDecimal(26), rs.getString(27), rs.getString(28));
    }

    MovementRow withId(long newId) {
        return new MovementRow(newId, accountId, kind, occurredAt, businessDate, currency, ticker, amount, commissions,
                fees, side, quantity, price, optionType, strike, expiration, multiplier, optionAction, optionEvent,
                contracts, premium, cashSettlement, newStrike, costPerShare, targetCurrency, amountIn, notes, sourceKey);
    }

    /**
     * The stored movement, rebuilt without the creation checks: a row an older version accepted
     * (an amount that rounded to 0, a date outside today's range) must still be listed, edited and
     * deleted.
     */
    Movement toDomain() {
        return Checks.restoring(
                () -> new Movement(id, accountId, occurredAt, Interned.currency(currency), detail(), notes, sourceKey));
    }

    private MovementDetail detail() {
        return switch (MovementKind.valueOf(kind)) {
            case DEPOSIT -> new Deposit(amount, commissions, fees);
            case WITHDRAWAL -> new Withdrawal(amount, commissions, fees);
            case FEE -> new Fee(amount);
            case INTEREST -> new Interest(amount);
            case INTEREST_PAID -> new InterestPaid(amount);
            case LENDING_INCOME -> new LendingIncome(amount);
            case DIVIDEND -> new Dividend(Interned.ticker(ticker), amount);
            case DIVIDEND_TAX -> new DividendTax(Interned.ticker(ticker), amount);
            case TRADE -> new Trade(Interned.ticker(ticker), Side.valueOf(side), quantity, price, commissions, fees);
            case OPTION_TRADE -> new OptionTrade(contract(), OptionAction.valueOf(optionAction), contracts, premium,
                    commissions, fees);
            case OPTION_EVENT -> new OptionEvent(contract(), OptionEventType.valueOf(optionEvent), contracts,
                    cashSettlement);
            case OPTION_ADJUSTMENT -> new OptionAdjustment(contract(), newStrike, contracts);
            case SECURITY_IN -> new SecurityIn(Interned.ticker(ticker), quantity, costPerShare);
            case SECURITY_OUT -> new SecurityOut(Interned.ticker(ticker), quantity, costPerShare);
            case CONVERSION -> new Conversion(amount, Interned.currency(targetCurrency), amountIn, fees);
        };
    }

    private OptionContract contract() {
        return new OptionContract(Interned.ticker(ticker), OptionType.valueOf(optionType), strike, expiration, multiplier);
    }
}
