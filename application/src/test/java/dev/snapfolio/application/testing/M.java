package dev.snapfolio.application.testing;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Deposit;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.MovementDetail;
import dev.snapfolio.domain.movement.OptionAction;
import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.domain.movement.OptionTrade;
import dev.snapfolio.domain.movement.OptionType;
import dev.snapfolio.domain.movement.Side;
import dev.snapfolio.domain.movement.Trade;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Short builders for new (unstored) movements in tests. Dates are ISO strings, amounts exact decimals. */
public final class M {
    private M() {
    }

    public static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    public static Movement movement(String date, Currency currency, MovementDetail detail) {
        return Movement.of(0, d(date).atTime(10, 0), currency, detail);
    }

    public static Movement deposit(String date, String amount) {
        return deposit(date, Currency.USD, amount);
    }

    public static Movement deposit(String date, Currency currency, String amount) {
        return movement(date, currency, new Deposit(new BigDecimal(amount)));
    }

    public static Movement buy(String date, String ticker, String quantity, String price) {
        return movement(date, Currency.USD, new Trade(Ticker.of(ticker), Side.BUY, new BigDecimal(quantity),
                new BigDecimal(price), null, null));
    }

    public static Movement sell(String date, String ticker, String quantity, String price) {
        return movement(date, Currency.USD, new Trade(Ticker.of(ticker), Side.SELL, new BigDecimal(quantity),
                new BigDecimal(price), null, null));
    }

    public static OptionContract put(String underlying, String strike, String expiration) {
        return OptionContract.of(underlying, OptionType.PUT, strike, d(expiration));
    }

    public static Movement sellToOpen(String date, OptionContract contract, String contracts, String premium) {
        return movement(date, Currency.USD, new OptionTrade(contract, OptionAction.SELL_TO_OPEN,
                new BigDecimal(contracts), new BigDecimal(premium), null, null));
    }

    public static Movement buyToClose(String date, OptionContract contract, String contracts, String premium) {
        return movement(date, Currency.USD, new OptionTrade(contract, OptionAction.BUY_TO_CLOSE,
                new BigDecimal(contracts), new BigDecimal(premium).negate(), null, null));
    }
}
