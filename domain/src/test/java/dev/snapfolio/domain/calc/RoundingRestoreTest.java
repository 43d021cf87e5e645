package dev.snapfolio.domain.calc;

import static dev.snapfolio.domain.testing.Movements.put;
import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.reference.Split;
import dev.snapfolio.domain.state.AccountState;
import dev.snapfolio.domain.state.ContractBook;
import dev.snapfolio.domain.state.ContractKey;
import dev.snapfolio.domain.state.CurrencyTotals;
import dev.snapfolio.domain.state.OptionLot;
import dev.snapfolio.domain.state.PositionKey;
import dev.snapfolio.domain.state.StockLot;
import dev.snapfolio.domain.state.TickerBook;
import dev.snapfolio.domain.state.TickerTotals;
import dev.snapfolio.domain.testing.Movements;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Values are rounded where produced (DESIGN §3.1), so a state stored as decimal strings and
 * rebuilt with {@link AccountState#restore} equals the one in memory and continues identically.
 */
class RoundingRestoreTest {
    private static final Policy POLICY = Policy.of(LocalDate.parse("2026-01-01"));
    private static final OptionContract PUT = put("XYZ", "7", "2024-03-15");

    private static List<Movement> awkwardHistory() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").deposit("1000.01");
        m.buy("AAPL", "3", "33.333333", "0.01", "0.003");
        m.buy("AAPL", "7", "10.1", "1");
        m.sellToOpen(PUT, "3", "100", "1.01", "0.37");
        m.on("2024-01-03").sell("AAPL", "4", "12.34", "0.99");
        m.buyToClose(PUT, "1", "33.33", "0.5", "0.01");
        m.sell("MSFT", "3", "41.11", "1", "0.07");
        m.on("2024-01-10").sell("AAPL", "1", "13");
        m.buy("MSFT", "1", "40");
        m.buyToClose(PUT.withStrike(new BigDecimal("3.5")), "1", "12");
        m.on("2024-01-11").sell("AAPL", "100", "12.5", "1", "1");
        m.on("2024-02-01").buy("MSFT", "2", "39", "0.33");
        m.convert("100", "EUR", "91.37", "0.13");
        return m.all();
    }

    private static ReferenceData refs() {
        return ReferenceData.of(List.of(new Price(Ticker.of("AAPL"), Currency.USD, LocalDate.parse("2024-01-02"),
                new BigDecimal("11.111111"))), List.of(new Split(Ticker.of("XYZ"), LocalDate.parse("2024-01-05"),
                new BigDecimal("2")), new Split(Ticker.of("AAPL"), LocalDate.parse("2024-01-09"), new BigDecimal("3"))));
    }

    /** As a store would: every decimal through a string, trailing zeros dropped, new collections. */
    private static AccountState storedAndReloaded(AccountState s) {
        Map<Currency, CurrencyTotals> currencies = new HashMap<>();
        s.currencies().forEach((c, t) -> currencies.put(Currency.of(c.code()), new CurrencyTotals(t.movementCount(),
                reload(t.deposited()), reload(t.withdrawn()), reload(t.commissions()), reload(t.fees()),
                reload(t.dividendsReceived()), reload(t.optionsIncome()), reload(t.otherIncome()),
                reload(t.realizedGains()))));
        Map<PositionKey, TickerBook> tickers = new HashMap<>();
        s.tickers().forEach((k, b) -> {
            List<StockLot> lots = new ArrayList<>();
            b.lots().forEach(l -> lots.add(new StockLot(reload(l.quantity()), reload(l.totalCost()))));
            TickerTotals t = b.totals();
            tickers.put(new PositionKey(Ticker.of(k.ticker().symbol()), Currency.of(k.currency().code())),
                    new TickerBook(b.isShort(), lots, new TickerTotals(reload(t.realized()), reload(t.dividends()),
                            reload(t.dividendTaxes()), reload(t.optionsPremium()), reload(t.commissions()),
                            reload(t.fees()), reload(t.capitalDeployed()))));
        });
        Map<ContractKey, ContractBook> contracts = new HashMap<>();
        s.contracts().forEach((k, b) -> {
            List<OptionLot> lots = new ArrayList<>();
            b.lots().forEach(l -> lots.add(new OptionLot(reload(l.contracts()), reload(l.totalNet()), l.openDate())));
            OptionContract c = k.contract();
            contracts.put(new ContractKey(new OptionContract(c.underlying(), c.type(), reload(c.strike()), c.expiration(),
                    c.multiplier()), k.currency()), new ContractBook(b.isShort(), lots));
        });
        return AccountState.restore(s.accountId(), s.asOf(), currencies, tickers, contracts);
    }

    private static BigDecimal reload(BigDecimal value) {
        return new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    @Test
    void reloadedStateEqualsTheStateInMemory() {
        for (DayResult day : HistoryFold.full(1, awkwardHistory(), refs(), POLICY)) {
            assertThat(storedAndReloaded(day.state())).isEqualTo(day.state());
            assertThat(storedAndReloaded(day.state()).hashCode()).isEqualTo(day.state().hashCode());
        }
    }

    @Test
    void aRunFromAReloadedStateContinuesExactlyLikeTheFullHistory() {
        List<Movement> history = awkwardHistory();
        List<DayResult> full = HistoryFold.full(1, history, refs(), POLICY);

        for (int i = 0; i < full.size() - 1; i++) {
            DayResult stop = full.get(i);
            LocalDate from = full.get(i + 1).date();
            List<Movement> rest = history.stream().filter(m -> !m.businessDate().isBefore(from)).toList();

            List<DayResult> resumed = HistoryFold.run(storedAndReloaded(stop.state()), from, rest, refs(), POLICY);

            assertThat(resumed).as("resumed after %s", stop.date()).isEqualTo(full.subList(i + 1, full.size()));
        }
    }
}
