package dev.snapfolio.domain.testing;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Deposit;
import dev.snapfolio.domain.movement.Dividend;
import dev.snapfolio.domain.movement.DividendTax;
import dev.snapfolio.domain.movement.Fee;
import dev.snapfolio.domain.movement.Interest;
import dev.snapfolio.domain.movement.InterestPaid;
import dev.snapfolio.domain.movement.LendingIncome;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.MovementDetail;
import dev.snapfolio.domain.movement.OptionAction;
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
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Maps a Tastytrade transaction-history export to movements per DESIGN §7, enough for the
 * fixtures: equity and option trades, expirations, assignments and exercises, deliveries, ACAT
 * transfers and money movements. Rows are sorted by (local timestamp, file line descending — the
 * file is newest first) and get ids 1..n. Special-dividend pairs are left to the product's
 * importer (they need the open positions to know the old strike). A test helper.
 */
public final class TastytradeFixture {
    private TastytradeFixture() {
    }

    public static List<Movement> movements(Path file, long accountId) {
        record Parsed(LocalDateTime timestamp, int line, Currency currency, MovementDetail detail) {
        }
        List<Parsed> parsed = new ArrayList<>();
        for (Csv.Row row : Csv.read(file)) {
            try {
                Currency currency = row.has("Currency") ? Currency.of(row.get("Currency")) : Currency.USD;
                parsed.add(new Parsed(timestamp(row.get("Date")), row.line(), currency, detail(row)));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file.getFileName() + " line " + row.line() + ": " + e.getMessage(), e);
            }
        }
        parsed.sort(Comparator.comparing(Parsed::timestamp).thenComparing(Parsed::line, Comparator.reverseOrder()));
        List<Movement> movements = new ArrayList<>(parsed.size());
        long id = 1;
        for (Parsed p : parsed) {
            movements.add(new Movement(id++, accountId, p.timestamp(), p.currency(), p.detail(), null, null));
        }
        return movements;
    }

    /** "2025-10-03T20:55:09+0100" → the local 2025-10-03T20:55:09 (the offset is dropped). */
    static LocalDateTime timestamp(String value) {
        return LocalDateTime.parse(value.length() > 19 ? value.substring(0, 19) : value);
    }

    private static MovementDetail detail(Csv.Row r) {
        String type = r.get("Type");
        String subType = r.get("Sub Type");
        String instrument = r.get("Instrument Type");
        boolean option = instrument.endsWith("Option");
        BigDecimal value = num(r.get("Value"));
        switch (type) {
            case "Trade":
                return option ? optionTrade(r, value) : equityTrade(r, value);
            case "Receive Deliver":
                if (option) {
                    return optionEvent(r, subType, value);
                }
                if (subType.equalsIgnoreCase("ACAT")) {
                    BigDecimal cost = num(r.get("Average Price")).abs();
                    Ticker ticker = Ticker.of(r.get("Symbol"));
                    BigDecimal quantity = num(r.get("Quantity")).abs();
                    return r.get("Action").startsWith("BUY") || value.signum() > 0 && !r.get("Action").startsWith("SELL")
                            ? new SecurityIn(ticker, quantity, cost) : new SecurityOut(ticker, quantity, cost);
                }
                return equityTrade(r, value);
            case "Money Movement":
                return moneyMovement(r, subType, value);
            default:
                throw new IllegalArgumentException("unsupported row type '" + type + " / " + subType + "'");
        }
    }

    private static MovementDetail equityTrade(Csv.Row r, BigDecimal value) {
        BigDecimal quantity = num(r.get("Quantity")).abs();
        Side side = r.get("Action").startsWith("BUY") ? Side.BUY : Side.SELL;
        BigDecimal price = Decimals.price(Decimals.divide(value.abs(), quantity));
        return new Trade(Ticker.of(r.get("Symbol")), side, quantity, price, num(r.get("Commissions")).abs(),
                num(r.get("Fees")).abs());
    }

    private static MovementDetail optionTrade(Csv.Row r, BigDecimal value) {
        OptionAction action = OptionAction.valueOf(r.get("Action").toUpperCase(Locale.ROOT));
        return new OptionTrade(contract(r), action, num(r.get("Quantity")).abs(), value, num(r.get("Commissions")).abs(),
                num(r.get("Fees")).abs());
    }

    private static MovementDetail optionEvent(Csv.Row r, String subType, BigDecimal value) {
        String s = subType.toLowerCase(Locale.ROOT);
        OptionEventType event;
        BigDecimal cash;
        if (s.contains("expiration")) {
            event = OptionEventType.EXPIRED;
            cash = BigDecimal.ZERO;
        } else if (s.contains("assignment")) {
            event = OptionEventType.ASSIGNED;
            cash = value;
        } else if (s.contains("exercise")) {
            event = OptionEventType.EXERCISED;
            cash = value;
        } else {
            throw new IllegalArgumentException("unsupported option row '" + subType + "'");
        }
        return new OptionEvent(contract(r), event, num(r.get("Quantity")).abs(), cash);
    }

    private static MovementDetail moneyMovement(Csv.Row r, String subType, BigDecimal value) {
        switch (subType) {
            case "Deposit", "Withdrawal", "Transfer":
                return value.signum() >= 0 ? new Deposit(value) : new Withdrawal(value.abs());
            case "Balance Adjustment", "Fee":
                return new Fee(value.negate());
            case "Credit Interest":
                return new Interest(value.abs());
            case "Debit Interest":
                return new InterestPaid(value.abs());
            case "Fully Paid Stock Lending Income":
                return new LendingIncome(value.abs());
            case "Dividend":
                Ticker ticker = Ticker.of(r.get("Symbol"));
                return value.signum() > 0 ? new Dividend(ticker, value) : new DividendTax(ticker, value.abs());
            default:
                throw new IllegalArgumentException("unsupported money movement '" + subType + "'");
        }
    }

    private static OptionContract contract(Csv.Row r) {
        int multiplier = r.has("Multiplier") ? num(r.get("Multiplier")).intValueExact() : 100;
        return new OptionContract(Ticker.of(r.get("Underlying Symbol")),
                r.get("Call or Put").equalsIgnoreCase("CALL") ? OptionType.CALL : OptionType.PUT,
                num(r.get("Strike Price")), expiration(r.get("Expiration Date")), multiplier);
    }

    /** "M/D/YY" means 20YY. */
    static LocalDate expiration(String value) {
        String[] parts = value.split("/");
        return LocalDate.of(2000 + Integer.parseInt(parts[2]), Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /** Thousands separators dropped; "--" and "" are 0. */
    static BigDecimal num(String value) {
        String v = value.replace(",", "").trim();
        if (v.isEmpty() || v.equals("--")) {
            return BigDecimal.ZERO;
        }
        return new BigDecimal(v);
    }
}
