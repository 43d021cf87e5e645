package dev.snapfolio.adapter.out.persistence.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.domain.movement.OptionType;
import dev.snapfolio.domain.state.AccountState;
import dev.snapfolio.domain.state.ContractBook;
import dev.snapfolio.domain.state.ContractKey;
import dev.snapfolio.domain.state.CurrencyTotals;
import dev.snapfolio.domain.state.OptionLot;
import dev.snapfolio.domain.state.PositionKey;
import dev.snapfolio.domain.state.StockLot;
import dev.snapfolio.domain.state.TickerBook;
import dev.snapfolio.domain.state.TickerTotals;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Version 1 of the stored state format, pinned by a committed golden text, {@code state/state-v1.json}:
 * rows written by earlier releases must still read back after the upgrade to version 2 (option lots
 * with their open date, see {@link StateFormatV2Test}). Version 1 is no longer written; its option
 * lots read back without an open date, in their stored order. Never edit the golden file.
 */
class StateFormatV1Test {
    private static final long ACCOUNT = 42;
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 28);
    private static final Currency USD = Currency.of("USD");
    private static final Currency EUR = Currency.of("EUR");
    private static final Currency CAD = Currency.of("CAD");

    private static byte[] golden() throws IOException {
        try (InputStream in = StateFormatV1Test.class.getResourceAsStream("/state/state-v1.json")) {
            assertThat(in).as("the golden file on the test class path").isNotNull();
            return in.readAllBytes();
        }
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static TickerTotals tickerTotals(String realized, String dividends, String dividendTaxes,
            String optionsPremium, String commissions, String fees, String capitalDeployed) {
        return new TickerTotals(d(realized), d(dividends), d(dividendTaxes), d(optionsPremium), d(commissions), d(fees),
                d(capitalDeployed));
    }

    private static ContractKey contract(String underlying, OptionType type, String strike, String expiration,
            int multiplier, Currency currency) {
        return new ContractKey(new OptionContract(Ticker.of(underlying), type, d(strike), LocalDate.parse(expiration),
                multiplier), currency);
    }

    /**
     * Three currencies; a long position in two lots, a short one, a closed one with totals only and
     * one in euros; a short put, a long call in two lots with a non-standard multiplier, a short
     * call in Canadian dollars; decimals of several scales and signs.
     */
    static AccountState realisticState() {
        LocalDate unknown = OptionLot.UNKNOWN_OPEN_DATE;
        return realisticState(unknown, unknown, unknown, unknown, unknown);
    }

    /** {@link #realisticState()} with its five option lots opened on the given dates (in text order). */
    static AccountState realisticState(LocalDate aaplFirst, LocalDate aaplSecond, LocalDate shop, LocalDate sofi,
            LocalDate spy) {
        Map<Currency, CurrencyTotals> currencies = new TreeMap<>();
        currencies.put(USD, new CurrencyTotals(148, d("25000.000000"), d("1500.250000"), d("61.350000"),
                d("4.120000"), d("312.870000"), d("845.500000"), d("12.034500"), d("-1203.775000")));
        currencies.put(EUR, new CurrencyTotals(12, d("8000.000000"), d("0.000000"), d("9.900000"), d("0.000000"),
                d("48.600000"), d("0.000000"), d("0.510000"), d("233.100000")));
        currencies.put(CAD, new CurrencyTotals(3, d("2000.000000"), d("0.000000"), d("2.000000"), d("0.130000"),
                d("0.000000"), d("61.870000"), d("0.000000"), d("0.000000")));

        Map<PositionKey, TickerBook> tickers = new TreeMap<>();
        tickers.put(new PositionKey(Ticker.of("AAPL"), USD), new TickerBook(false,
                List.of(new StockLot(d("10"), d("1851.000000")), new StockLot(d("2.5"), d("480.337500"))),
                tickerTotals("215.400000", "12.480000", "-1.870000", "0", "3.000000", "0.110000", "2331.337500")));
        tickers.put(new PositionKey(Ticker.of("TSLA"), USD), new TickerBook(true,
                List.of(new StockLot(d("7.12345678"), d("-1421.190000"))),
                tickerTotals("-88.250000", "0", "0", "0", "1.000000", "0.050000", "1421.190000")));
        tickers.put(new PositionKey(Ticker.of("BRK.B"), USD), new TickerBook(false, List.of(),
                tickerTotals("-1330.925000", "0", "0", "0", "2.000000", "0.090000", "0")));
        tickers.put(new PositionKey(Ticker.of("SAP"), EUR), new TickerBook(false,
                List.of(new StockLot(d("40"), d("7012.400000"))),
                tickerTotals("233.100000", "48.600000", "-12.150000", "0", "9.900000", "0", "7012.400000")));

        Map<ContractKey, ContractBook> contracts = new TreeMap<>();
        contracts.put(contract("SOFI", OptionType.PUT, "7", "2024-07-19", 100, USD),
                new ContractBook(true, List.of(new OptionLot(d("2"), d("69.720000"), sofi))));
        contracts.put(contract("AAPL", OptionType.CALL, "192.5", "2024-09-20", 100, USD),
                new ContractBook(false, List.of(new OptionLot(d("1"), d("-412.660000"), aaplFirst),
                        new OptionLot(d("3"), d("-1180.030000"), aaplSecond))));
        contracts.put(contract("SPY", OptionType.CALL, "533.333333", "2024-12-20", 150, USD),
                new ContractBook(false, List.of(new OptionLot(d("1"), d("-96.000000"), spy))));
        contracts.put(contract("SHOP", OptionType.CALL, "110", "2024-08-16", 100, CAD),
                new ContractBook(true, List.of(new OptionLot(d("1"), d("61.870000"), shop))));

        return AccountState.restore(ACCOUNT, AS_OF, currencies, tickers, contracts);
    }

    @Test
    void theGoldenTextStillDecodesToTheStateItWasWrittenFrom() throws IOException {
        String text = new String(golden(), StandardCharsets.UTF_8);

        AccountState decoded = StateCodec.decode(ACCOUNT, AS_OF, text);

        assertThat(decoded).isEqualTo(realisticState());
        assertThat(decoded.currencies()).isEqualTo(realisticState().currencies());
        assertThat(decoded.tickers()).isEqualTo(realisticState().tickers());
    }

    @Test
    void itsOptionLotsHaveNoOpenDateAndKeepTheirStoredOrder() throws IOException {
        AccountState decoded = StateCodec.decode(ACCOUNT, AS_OF, new String(golden(), StandardCharsets.UTF_8));

        ContractBook calls = decoded.contracts().get(contract("AAPL", OptionType.CALL, "192.5", "2024-09-20", 100, USD));
        assertThat(calls.lots()).extracting(OptionLot::totalNet).map(BigDecimal::toPlainString)
                .containsExactly("-412.660000", "-1180.030000");
        assertThat(decoded.contracts().values()).flatExtracting(ContractBook::lots)
                .allSatisfy(lot -> assertThat(lot.openDateKnown()).isFalse());
    }

    @Test
    void theTextWrittenAgainIsVersionTwoWithTheOpenDatesUnknown() throws IOException {
        String v1 = new String(golden(), StandardCharsets.UTF_8);

        String rewritten = StateCodec.encode(StateCodec.decode(ACCOUNT, AS_OF, v1));

        assertThat(rewritten).startsWith("{\"v\":2,").contains("[\"2.00000000\",\"69.720000\",null]");
        // everything but the version and the lots' third element is the version 1 text
        assertThat(rewritten.replace(",null]", "]").replaceFirst("\\{\"v\":2,", "{\"v\":1,")).isEqualTo(v1);
        assertThat(StateCodec.decode(ACCOUNT, AS_OF, rewritten)).isEqualTo(realisticState());
    }

    @Test
    void theGoldenTextIsVersionOneWithEveryDecimalAsAString() throws IOException {
        String text = new String(golden(), StandardCharsets.UTF_8);

        assertThat(StateCodec.VERSION_1).isEqualTo(1);
        assertThat(text).startsWith("{\"v\":1,\"c\":[").doesNotContain(" ", "\n")
                .contains("\"7.12345678\"", "\"-1421.190000\"", "\"533.333333\"", "\"BRK.B\"");
    }

    @Test
    void aTextOfAnUnknownVersionIsRefusedNotMisread() throws IOException {
        String other = new String(golden(), StandardCharsets.UTF_8).replaceFirst("\\{\"v\":1,", "{\"v\":3,");

        assertThatThrownBy(() -> StateCodec.decode(ACCOUNT, AS_OF, other))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown format version 3");
    }
}
