package dev.snapfolio.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.adapter.out.persistence.state.StateCodec;
import dev.snapfolio.domain.calc.DayResult;
import dev.snapfolio.domain.calc.HistoryFold;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.domain.state.AccountState;
import dev.snapfolio.domain.state.ContractBook;
import dev.snapfolio.domain.state.ContractKey;
import dev.snapfolio.domain.state.CurrencyTotals;
import dev.snapfolio.domain.state.OptionLot;
import dev.snapfolio.domain.state.PositionKey;
import dev.snapfolio.domain.state.StockLot;
import dev.snapfolio.domain.state.TickerBook;
import dev.snapfolio.domain.state.TickerTotals;
import dev.snapfolio.sampledata.GeneratedHistory;
import dev.snapfolio.sampledata.HistoryGenerator;
import dev.snapfolio.sampledata.HistorySpec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The state text: an encoder that reuses the text of shared books writes exactly the text the
 * format has always had (a reference copy of the original, fragment-free encoder below), while
 * building text only for what changed between consecutive states.
 */
class StateCodecTest {
    private static final long ACCOUNT = 7;

    private static List<DayResult> history() {
        GeneratedHistory history = HistoryGenerator.generate(HistorySpec.small(), ACCOUNT);
        return HistoryFold.full(ACCOUNT, history.movements(), history.referenceData(), history.policy());
    }

    @Test
    void aContractAdjustedForAReverseSplitKeepsItsFractionalMultiplierThroughTheText() {
        OptionContract adjusted = OptionContract.of("XYZ", dev.snapfolio.domain.movement.OptionType.PUT, "10",
                java.time.LocalDate.parse("2024-03-15")).withMultiplier(new BigDecimal("33.33333333"));
        OptionContract standard = adjusted.withMultiplier(new BigDecimal("100"));
        ContractBook book = new ContractBook(true, List.of(new OptionLot(new BigDecimal("3"), new BigDecimal("150"), java.time.LocalDate.parse("2024-01-02"))));
        AccountState state = AccountState.restore(ACCOUNT, java.time.LocalDate.parse("2024-01-09"), Map.of(), Map.of(),
                Map.of(new ContractKey(adjusted, Currency.USD), book, new ContractKey(standard, Currency.USD), book));

        String text = StateCodec.encode(state);

        assertThat(text).contains("\"2024-03-15\",\"33.33333333\",\"USD\"").contains("\"2024-03-15\",100,\"USD\"");
        assertThat(StateCodec.decode(ACCOUNT, state.asOf(), text)).isEqualTo(state);
    }

    @Test
    void anEncoderReusingSharedBooksWritesTheReferenceTextForEveryStateOfAHistory() {
        List<DayResult> days = history();
        StateCodec.Encoder encoder = new StateCodec.Encoder();
        long entries = 0;
        for (DayResult day : days) {
            AccountState state = day.state();
            String expected = Reference.encode(state);
            assertThat(encoder.encode(state)).as("state of %s", day.date()).isEqualTo(expected);
            assertThat(StateCodec.encode(state)).isEqualTo(expected);
            assertThat(StateCodec.decode(ACCOUNT, state.asOf(), expected)).isEqualTo(state);
            entries += state.currencies().size() + state.tickers().size() + 2L * state.contracts().size();
        }
        assertThat(days).hasSizeGreaterThan(20);
        assertThat(days.stream().anyMatch(d -> !d.state().contracts().isEmpty())).as("options in the history").isTrue();
        // consecutive states share most books: far fewer fragments built than entries encoded
        assertThat(encoder.fragmentsBuilt()).isPositive().isLessThan(entries / 2);
    }

    @Test
    void aStateMatchesItsOwnTextPieceByPieceAndNoOtherText() {
        List<DayResult> days = history();
        StateCodec.Encoder encoder = new StateCodec.Encoder();
        String previousText = null;
        long entries = 0;
        for (DayResult day : days) {
            AccountState state = day.state();
            entries += state.currencies().size() + state.tickers().size() + state.contracts().size();
            String text = Reference.encode(state);
            assertThat(encoder.matches(state, text)).as("state of %s", day.date()).isTrue();
            assertThat(encoder.matches(state, text + " ")).isFalse();
            assertThat(encoder.matches(state, text.substring(0, text.length() - 1))).isFalse();
            if (previousText != null) {
                assertThat(encoder.matches(state, previousText)).isEqualTo(previousText.equals(text));
            }
            previousText = text;
        }
        // two fragments per entry (key and book), built only where the entry changed
        assertThat(encoder.fragmentsBuilt()).as("fragments reused across states").isLessThan(entries);
    }

    @Test
    void statesOutOfOrderOrRepeatedEncodeTheSameAsFresh() {
        List<DayResult> days = history();
        StateCodec.Encoder encoder = new StateCodec.Encoder();
        for (int i = days.size() - 1; i >= 0; i -= 3) {
            AccountState state = days.get(i).state();
            assertThat(encoder.encode(state)).isEqualTo(Reference.encode(state));
            assertThat(encoder.encode(state)).isEqualTo(Reference.encode(state));
        }
    }

    @Test
    void anEncodedStateMatchesTheStateItWasWrittenFromAndNoOther() {
        List<DayResult> days = history();
        AccountState state = days.get(days.size() / 2).state();
        AccountState other = days.get(days.size() / 2 + 1).state();
        String body = StateCodec.encode(state);
        StateCodec.Encoder encoder = new StateCodec.Encoder();
        EncodedState stored = new EncodedState(ACCOUNT, state.asOf(), body, encoder);

        assertThat(stored.matches(state)).isTrue();
        assertThat(stored.matches(AccountState.restore(ACCOUNT, state.asOf(), state.currencies(), state.tickers(),
                state.contracts()))).as("an equal copy").isTrue();
        assertThat(stored.matches(other)).isEqualTo(StateCodec.encode(other).equals(body));
        assertThat(stored.matches(null)).isFalse();
        assertThat(stored.state()).isEqualTo(state);
        assertThat(stored).isEqualTo(new EncodedState(ACCOUNT, state.asOf(), body, new StateCodec.Encoder()))
                .hasSameHashCodeAs(new EncodedState(ACCOUNT, state.asOf(), body, new StateCodec.Encoder()));
    }

    @Test
    void anEncodedStateTellsAChangedFigureFromTheStoredOne() {
        AccountState state = sample(new BigDecimal("10.50"));
        EncodedState stored = new EncodedState(ACCOUNT, state.asOf(), StateCodec.encode(state),
                new StateCodec.Encoder());

        assertThat(stored.matches(sample(new BigDecimal("10.50")))).isTrue();
        assertThat(stored.matches(sample(new BigDecimal("10.51")))).isFalse();
    }

    private static AccountState sample(BigDecimal cost) {
        BigDecimal one = BigDecimal.ONE;
        return AccountState.restore(ACCOUNT, java.time.LocalDate.of(2024, 3, 1),
                Map.of(Currency.USD, new CurrencyTotals(3, one, one, one, one, one, one, one, one)),
                Map.of(new PositionKey(dev.snapfolio.domain.money.Ticker.of("ABC"), Currency.USD),
                        new TickerBook(false, List.of(new StockLot(new BigDecimal("2"), cost)),
                                new TickerTotals(one, one, one, one, one, one, one))),
                Map.of(new ContractKey(new OptionContract(dev.snapfolio.domain.money.Ticker.of("ABC"),
                        dev.snapfolio.domain.movement.OptionType.CALL, new BigDecimal("12.5"),
                        java.time.LocalDate.of(2024, 6, 21), 100), Currency.USD),
                        new ContractBook(true, List.of(new OptionLot(new BigDecimal("-1"), new BigDecimal("-45.00"), java.time.LocalDate.of(2024, 2, 1))))));
    }

    /**
     * A row written by the previous release holds a version 1 state (option lots without open
     * dates). After the upgrade a run continues from it: every later day must be what a fresh run
     * of the whole history computes, at every state of a generated history (options included).
     */
    @Test
    void aRunContinuingFromAStoredVersionOneStateComputesWhatAFreshRunDoes() {
        GeneratedHistory history = HistoryGenerator.generate(HistorySpec.small(), ACCOUNT);
        List<DayResult> fresh = HistoryFold.full(ACCOUNT, history.movements(), history.referenceData(), history.policy());
        int withOptionLots = 0;
        for (int i = 0; i < fresh.size() - 1; i += 7) {
            AccountState state = fresh.get(i).state();
            String v1 = StateCodec.encode(state).replaceFirst("^\\{\"v\":2,", "{\"v\":1,")
                    .replaceAll(",(\"\\d{4}-\\d{2}-\\d{2}\"|null)]", "]");
            AccountState stored = StateCodec.decode(ACCOUNT, state.asOf(), v1);
            if (!state.contracts().isEmpty()) {
                withOptionLots++;
                assertThat(stored).as("open dates are not in a version 1 text").isNotEqualTo(state);
            }
            LocalDate next = fresh.get(i + 1).date();
            List<dev.snapfolio.domain.movement.Movement> rest = history.movements().stream()
                    .filter(m -> !m.businessDate().isBefore(next)).toList();

            List<DayResult> continued = HistoryFold.run(stored, next, rest, history.referenceData(), history.policy());

            List<DayResult> expected = fresh.subList(i + 1, fresh.size());
            assertThat(continued).hasSameSizeAs(expected);
            for (int d = 0; d < expected.size(); d++) {
                assertThat(continued.get(d).financials()).as("financials on " + expected.get(d).date())
                        .isEqualTo(expected.get(d).financials());
                assertThat(continued.get(d).tickers()).as("tickers on " + expected.get(d).date())
                        .isEqualTo(expected.get(d).tickers());
            }
        }
        assertThat(withOptionLots).as("states with open option lots were among those tried").isPositive();
    }

    /** The encoder as first written (one pass, no fragments): the stored format, kept as the reference. */
    private static final class Reference {
        static String encode(AccountState state) {
            StringBuilder sb = new StringBuilder(256);
            sb.append("{\"v\":").append(2).append(",\"c\":[");
            boolean first = true;
            for (Map.Entry<Currency, CurrencyTotals> e : state.currencies().entrySet()) {
                first = comma(sb, first);
                CurrencyTotals t = e.getValue();
                sb.append('[');
                string(sb, e.getKey().code()).append(',').append(t.movementCount());
                for (BigDecimal d : List.of(t.deposited(), t.withdrawn(), t.commissions(), t.fees(),
                        t.dividendsReceived(), t.optionsIncome(), t.otherIncome(), t.realizedGains())) {
                    decimal(sb.append(','), d);
                }
                sb.append(']');
            }
            sb.append("],\"t\":[");
            first = true;
            for (Map.Entry<PositionKey, TickerBook> e : state.tickers().entrySet()) {
                first = comma(sb, first);
                TickerBook book = e.getValue();
                sb.append('[');
                string(sb, e.getKey().ticker().symbol()).append(',');
                string(sb, e.getKey().currency().code()).append(',').append(book.isShort()).append(",[");
                boolean firstLot = true;
                for (StockLot lot : book.lots()) {
                    firstLot = comma(sb, firstLot);
                    decimal(sb.append('['), lot.quantity()).append(',');
                    decimal(sb, lot.totalCost()).append(']');
                }
                sb.append("],[");
                TickerTotals t = book.totals();
                boolean firstTotal = true;
                for (BigDecimal d : List.of(t.realized(), t.dividends(), t.dividendTaxes(), t.optionsPremium(),
                        t.commissions(), t.fees(), t.capitalDeployed())) {
                    firstTotal = comma(sb, firstTotal);
                    decimal(sb, d);
                }
                sb.append("]]");
            }
            sb.append("],\"o\":[");
            first = true;
            for (Map.Entry<ContractKey, ContractBook> e : state.contracts().entrySet()) {
                first = comma(sb, first);
                OptionContract c = e.getKey().contract();
                ContractBook book = e.getValue();
                sb.append('[');
                string(sb, c.underlying().symbol()).append(',');
                string(sb, c.type().name()).append(',');
                decimal(sb, c.strike()).append(',');
                string(sb, c.expiration().toString()).append(',');
                // A whole multiplier as a JSON integer (the v1 text), a fractional one as a decimal string.
                if (c.multiplier().stripTrailingZeros().scale() <= 0) {
                    sb.append(c.multiplierText());
                } else {
                    string(sb, c.multiplier().toPlainString());
                }
                sb.append(',');
                string(sb, e.getKey().currency().code()).append(',').append(book.isShort()).append(",[");
                boolean firstLot = true;
                for (OptionLot lot : book.lots()) {
                    firstLot = comma(sb, firstLot);
                    decimal(sb.append('['), lot.contracts()).append(',');
                    decimal(sb, lot.totalNet()).append(',');
                    // version 2: the open date, null when unknown (a lot read from a version 1 text)
                    if (lot.openDateKnown()) {
                        string(sb, lot.openDate().toString()).append(']');
                    } else {
                        sb.append("null]");
                    }
                }
                sb.append("]]");
            }
            return sb.append("]}").toString();
        }

        private static boolean comma(StringBuilder sb, boolean first) {
            if (!first) {
                sb.append(',');
            }
            return false;
        }

        private static StringBuilder decimal(StringBuilder sb, BigDecimal value) {
            return sb.append('"').append(value.toPlainString()).append('"');
        }

        private static StringBuilder string(StringBuilder sb, String value) {
            sb.append('"');
            for (int i = 0; i < value.length(); i++) {
                char ch = value.charAt(i);
                if (ch == '"' || ch == '\\') {
                    sb.append('\\').append(ch);
                } else if (ch < 0x20) {
                    sb.append(String.format("\\u%04x", (int) ch));
                } else {
                    sb.append(ch);
                }
            }
            return sb.append('"');
        }
    }
}
