package dev.snapfolio.domain.testing;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
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
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.reference.Split;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Reads the generic-format fixtures (DESIGN §7) into domain objects: movements (sorted by
 * timestamp then file order, ids 1..n assigned in that order), prices and splits. A test helper,
 * not the product's importer.
 */
public final class GenericFixture {
    private GenericFixture() {
    }

    public static List<Movement> movements(Path file, long accountId) {
        record Parsed(LocalDateTime timestamp, int line, Currency currency, MovementDetail detail, String notes) {
        }
        List<Parsed> parsed = new ArrayList<>();
        for (Csv.Row row : Csv.read(file)) {
            try {
                LocalDate date = LocalDate.parse(row.get("date"));
                LocalTime time = row.has("time") ? LocalTime.parse(row.get("time")) : LocalTime.MIDNIGHT;
                parsed.add(new Parsed(date.atTime(time), row.line(), Currency.of(row.get("currency")), detail(row),
                        row.get("notes")));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file.getFileName() + " line " + row.line() + ": " + e.getMessage(), e);
            }
        }
        parsed.sort(Comparator.comparing(Parsed::timestamp).thenComparingInt(Parsed::line));
        List<Movement> movements = new ArrayList<>(parsed.size());
        long id = 1;
        for (Parsed p : parsed) {
            movements.add(new Movement(id++, accountId, p.timestamp(), p.currency(), p.detail(), p.notes(), null));
        }
        return movements;
    }

    private static MovementDetail detail(Csv.Row r) {
        MovementKind kind = MovementKind.valueOf(r.get("kind").toUpperCase(Locale.ROOT));
        return switch (kind) {
            case DEPOSIT -> new Deposit(num(r, "amount"), num(r, "commissions"), num(r, "fees"));
            case WITHDRAWAL -> new Withdrawal(num(r, "amount"), num(r, "commissions"), num(r, "fees"));
            case FEE -> new Fee(num(r, "amount"));
            case INTEREST -> new Interest(num(r, "amount"));
            case INTEREST_PAID -> new InterestPaid(num(r, "amount"));
            case LENDING_INCOME -> new LendingIncome(num(r, "amount"));
            case DIVIDEND -> new Dividend(Ticker.of(r.get("ticker")), num(r, "amount"));
            case DIVIDEND_TAX -> new DividendTax(Ticker.of(r.get("ticker")), num(r, "amount"));
            case TRADE -> new Trade(Ticker.of(r.get("ticker")), Side.valueOf(r.get("side").toUpperCase(Locale.ROOT)),
                    num(r, "quantity"), num(r, "price"), num(r, "commissions"), num(r, "fees"));
            case OPTION_TRADE -> new OptionTrade(contract(r), OptionAction.valueOf(r.get("action").toUpperCase(Locale.ROOT)),
                    num(r, "contracts"), num(r, "premium"), num(r, "commissions"), num(r, "fees"));
            case OPTION_EVENT -> new OptionEvent(contract(r), OptionEventType.valueOf(r.get("event").toUpperCase(Locale.ROOT)),
                    num(r, "contracts"), num(r, "amount"));
            case OPTION_ADJUSTMENT -> new OptionAdjustment(contract(r), num(r, "newStrike"), num(r, "contracts"));
            case SECURITY_IN -> new SecurityIn(Ticker.of(r.get("ticker")), num(r, "quantity"), num(r, "costPerShare"));
            case SECURITY_OUT -> new SecurityOut(Ticker.of(r.get("ticker")), num(r, "quantity"), num(r, "costPerShare"));
            case CONVERSION -> new Conversion(num(r, "amount"), Currency.of(r.get("targetCurrency")), num(r, "amountIn"),
                    num(r, "fees"));
        };
    }

    private static OptionContract contract(Csv.Row r) {
        int multiplier = r.has("multiplier") ? Integer.parseInt(r.get("multiplier")) : 100;
        return new OptionContract(Ticker.of(r.get("underlying")), OptionType.valueOf(r.get("callPut").toUpperCase(Locale.ROOT)),
                new BigDecimal(r.get("strike")), LocalDate.parse(r.get("expiration")), multiplier);
    }

    private static BigDecimal num(Csv.Row r, String column) {
        return r.has(column) ? new BigDecimal(r.get(column)) : null;
    }

    /** {@code date,ticker,currency,close}. */
    public static List<Price> prices(Path file) {
        List<Price> prices = new ArrayList<>();
        for (Csv.Row r : Csv.read(file)) {
            prices.add(new Price(Ticker.of(r.get("ticker")), Currency.of(r.get("currency")), LocalDate.parse(r.get("date")),
                    new BigDecimal(r.get("close"))));
        }
        return prices;
    }

    /** {@code date,ticker,ratio}. */
    public static List<Split> splits(Path file) {
        List<Split> splits = new ArrayList<>();
        for (Csv.Row r : Csv.read(file)) {
            splits.add(new Split(Ticker.of(r.get("ticker")), LocalDate.parse(r.get("date")), new BigDecimal(r.get("ratio"))));
        }
        return splits;
    }

    /** Prices and splits of a fixture as reference data. */
    public static ReferenceData referenceData(Path pricesFile, Path splitsFile) {
        return ReferenceData.of(prices(pricesFile), splits(splitsFile));
    }
}
