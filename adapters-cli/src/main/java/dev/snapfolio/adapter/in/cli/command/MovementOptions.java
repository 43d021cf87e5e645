package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.OptionAction;
import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.domain.movement.OptionEventType;
import dev.snapfolio.domain.movement.OptionType;
import dev.snapfolio.domain.movement.Side;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The fields of a movement as flags, named after the generic CSV columns (DESIGN §7). An option
 * contract is given either as {@code --underlying --type --strike --expiration [--multiplier]} or
 * as an OCC symbol ({@code --symbol 'SOFI  240510P00006500'}).
 */
public class MovementOptions {
    @Option(names = "--amount", paramLabel = "N", description = "Cash amount (DEPOSIT, WITHDRAWAL, FEE, INTEREST*, LENDING_INCOME, DIVIDEND*, CONVERSION out).")
    BigDecimal amount;

    @Option(names = "--ticker", paramLabel = "SYMBOL", description = "Stock ticker (TRADE, DIVIDEND*, SECURITY_*).")
    Ticker ticker;

    @Option(names = "--side", paramLabel = "BUY|SELL", description = "Side of a TRADE.")
    Side side;

    @Option(names = "--quantity", paramLabel = "N", description = "Shares (TRADE, SECURITY_*).")
    BigDecimal quantity;

    @Option(names = "--price", paramLabel = "N", description = "Price per share of a TRADE.")
    BigDecimal price;

    @Option(names = "--commissions", paramLabel = "N", description = "Commissions paid (default 0).")
    BigDecimal commissions;

    @Option(names = "--fees", paramLabel = "N", description = "Fees paid (default 0).")
    BigDecimal fees;

    @Option(names = "--symbol", paramLabel = "OCC", description = "Option contract as an OCC symbol, e.g. 'SOFI  240510P00006500'.")
    String symbol;

    @Option(names = "--underlying", paramLabel = "SYMBOL", description = "Option contract: underlying ticker.")
    Ticker underlying;

    @Option(names = "--type", paramLabel = "CALL|PUT", description = "Option contract: call or put.")
    OptionType type;

    @Option(names = "--strike", paramLabel = "N", description = "Option contract: strike.")
    BigDecimal strike;

    @Option(names = "--expiration", paramLabel = "DATE", description = "Option contract: expiration date.")
    LocalDate expiration;

    @Option(names = "--multiplier", paramLabel = "N",
            description = "Option contract: shares per contract (default 100; 150 or 33.33333333 for a contract adjusted for a 3:2 or 1:3 split).")
    BigDecimal multiplier;

    @Option(names = "--action", paramLabel = "ACTION", description = "OPTION_TRADE: BUY_TO_OPEN, SELL_TO_OPEN, BUY_TO_CLOSE, SELL_TO_CLOSE.")
    OptionAction action;

    @Option(names = "--event", paramLabel = "EVENT", description = "OPTION_EVENT: EXPIRED, ASSIGNED, EXERCISED.")
    OptionEventType event;

    @Option(names = "--contracts", paramLabel = "N", description = "Number of contracts (OPTION_*).")
    BigDecimal contracts;

    @Option(names = "--premium", paramLabel = "N", description = "OPTION_TRADE cash: <= 0 for BUY_*, >= 0 for SELL_*.")
    BigDecimal premium;

    @Option(names = "--cash-settlement", paramLabel = "N", description = "OPTION_EVENT cash settlement (default 0).")
    BigDecimal cashSettlement;

    @Option(names = "--new-strike", paramLabel = "N", description = "OPTION_ADJUSTMENT: the new strike.")
    BigDecimal newStrike;

    @Option(names = "--cost-per-share", paramLabel = "N", description = "SECURITY_IN/OUT cost per share (default 0).")
    BigDecimal costPerShare;

    @Option(names = "--target-currency", paramLabel = "CUR", description = "CONVERSION: the currency bought.")
    Currency targetCurrency;

    @Option(names = "--amount-in", paramLabel = "N", description = "CONVERSION: the amount received in the target currency.")
    BigDecimal amountIn;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Free text.")
    String notes;

    /** The given flags by generic column name (only those given). */
    Map<String, Object> given() {
        if (symbol != null && (underlying != null || type != null || strike != null || expiration != null)) {
            throw new UsageException("give an option contract either as --symbol or as --underlying --type --strike "
                    + "--expiration, not both");
        }
        if (cashSettlement != null && amount != null) {
            throw new UsageException("--cash-settlement and --amount mean the same for an OPTION_EVENT; give one");
        }
        Map<String, Object> f = new LinkedHashMap<>();
        put(f, "amount", amount != null ? amount : cashSettlement);
        put(f, "ticker", ticker);
        put(f, "side", side);
        put(f, "quantity", quantity);
        put(f, "price", price);
        put(f, "commissions", commissions);
        put(f, "fees", fees);
        if (symbol != null) {
            OptionContract contract = OptionContract.parseOcc(symbol);
            f.put("underlying", contract.underlying());
            f.put("callPut", contract.type());
            f.put("strike", contract.strike());
            f.put("expiration", contract.expiration());
        }
        put(f, "underlying", underlying);
        put(f, "callPut", type);
        put(f, "strike", strike);
        put(f, "expiration", expiration);
        put(f, "multiplier", multiplier);
        put(f, "action", action);
        put(f, "event", event);
        put(f, "contracts", contracts);
        put(f, "premium", premium);
        put(f, "newStrike", newStrike);
        put(f, "costPerShare", costPerShare);
        put(f, "targetCurrency", targetCurrency);
        put(f, "amountIn", amountIn);
        return f;
    }

    private static void put(Map<String, Object> fields, String name, Object value) {
        if (value != null) {
            fields.put(name, value);
        }
    }
}
