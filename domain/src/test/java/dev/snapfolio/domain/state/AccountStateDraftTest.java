package dev.snapfolio.domain.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.money.Ticker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The next state is built from a draft of the previous one; every state stays as it was built. */
class AccountStateDraftTest {
    private static final LocalDate DAY = LocalDate.parse("2024-01-02");

    private static PositionKey key(String ticker) {
        return new PositionKey(Ticker.of(ticker), Currency.USD);
    }

    private static TickerBook book(long shares) {
        return new TickerBook(false, List.of(new StockLot(Decimals.quantity(java.math.BigDecimal.valueOf(shares)),
                Decimals.money(shares * 10))), TickerTotals.ZERO);
    }

    @Test
    void draftsLeaveTheirBaseStateAsItWasAndKeepTheKeysSorted() {
        Random random = new Random(3);
        TreeMap<PositionKey, TickerBook> expected = new TreeMap<>();
        AccountState state = AccountState.empty(1);
        List<AccountState> states = new ArrayList<>();
        List<TreeMap<PositionKey, TickerBook>> contents = new ArrayList<>();
        for (int day = 0; day < 200; day++) {
            AccountState.Draft draft = state.draft();
            for (int change = 0; change < 1 + random.nextInt(4); change++) {
                PositionKey key = key("T" + random.nextInt(30));
                TickerBook book = book(1 + random.nextInt(1000));
                draft.putTicker(key, book);
                expected.put(key, book);
                assertThat(draft.tickers()).isEqualTo(expected);
            }
            state = draft.build(DAY.plusDays(day));
            states.add(state);
            contents.add(new TreeMap<>(expected));
        }
        for (int i = 0; i < states.size(); i++) {
            AccountState s = states.get(i);
            assertThat(s.tickers()).isEqualTo(contents.get(i));
            assertThat(new ArrayList<>(s.tickers().keySet())).isEqualTo(new ArrayList<>(contents.get(i).keySet()));
            assertThat(s.tickers().firstKey()).isEqualTo(contents.get(i).firstKey());
            assertThat(s.tickers().lastKey()).isEqualTo(contents.get(i).lastKey());
        }
    }

    @Test
    void twoDraftsOfOneStateDoNotSeeEachOther() {
        AccountState.Draft seed = AccountState.empty(1).draft();
        seed.putTicker(key("A"), book(1));
        seed.putTicker(key("C"), book(3));
        AccountState base = seed.build(DAY);

        AccountState.Draft first = base.draft();
        first.putTicker(key("B"), book(2));
        AccountState.Draft second = base.draft();
        second.putTicker(key("A"), book(9));
        AccountState one = first.build(DAY.plusDays(1));
        AccountState two = second.build(DAY.plusDays(1));

        assertThat(base.tickers()).containsOnlyKeys(key("A"), key("C")).containsEntry(key("A"), book(1));
        assertThat(one.tickers().keySet()).containsExactly(key("A"), key("B"), key("C"));
        assertThat(two.tickers()).containsOnlyKeys(key("A"), key("C")).containsEntry(key("A"), book(9));
        assertThat(one.tickers().headMap(key("B"))).containsOnlyKeys(key("A"));
        assertThat(one.tickers().tailMap(key("B"))).containsOnlyKeys(key("B"), key("C"));
    }

    @Test
    void aStateMapCannotBeChangedFromOutside() {
        AccountState.Draft draft = AccountState.empty(1).draft();
        draft.putTicker(key("A"), book(1));
        AccountState state = draft.build(DAY);
        assertThatThrownBy(() -> state.tickers().put(key("B"), book(2)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> state.tickers().entrySet().iterator().next().setValue(book(3)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> draft.putTicker(key("B"), book(2))).isInstanceOf(IllegalStateException.class);
    }
}
