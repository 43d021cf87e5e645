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
 * The stored state format is pinned by a committed golden text, {@code state/state-v1.json}: rows
 * written by earlier releases must still read back, and what is written now must be exactly that
 * text. A failure here means the format changed — make it a new version rather than edit the file.
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
                new ContractBook(true, List.of(new OptionLot(d("2"), d("69.720000")))));
        contracts.put(contract("AAPL", OptionType.CALL, "192.5", "2024-09-20", 100, USD),
                new ContractBook(false, List.of(new OptionLot(d("1"), d("-412.660000")),
                        new OptionLot(d("3"), d("-1180.030000")))));
        contracts.put(contract("SPY", OptionType.CALL, "533.333333", "2024-12-20", 150, USD),
                new ContractBook(false, List.of(new OptionLot(d("1"), d("-96.000000")))));
        contracts.put(contract("SHOP", OptionType.CALL, "110", "2024-08-16", 100, CAD),
                new ContractBook(true, List.of(new OptionLot(d("1"), d("61.870000")))));

        return AccountState.restore(ACCOUNT, AS_OF, currencies, tickers, contracts);
    }

    @Test
    void theGoldenTextDecodesAndEncodesBackByteForByte() throws IOException {
        byte[] golden = golden();
        String text = new String(golden, StandardCharsets.UTF_8);

        AccountState decoded = StateCodec.decode(ACCOUNT, AS_OF, text);

        String encoded = StateCodec.encode(decoded);
        assertThat(encoded).isEqualTo(text);
        assertThat(encoded.getBytes(StandardCharsets.UTF_8)).isEqualTo(golden);
        assertThat(new StateCodec.Encoder().matches(decoded, text)).isTrue();
    }

    @Test
    void theStateBuiltHereEncodesToExactlyTheGoldenText() throws IOException {
        AccountState state = realisticState();
        String encoded = StateCodec.encode(state);

        assertThat(encoded).isEqualTo(new String(golden(), StandardCharsets.UTF_8));
        assertThat(encoded.getBytes(StandardCharsets.UTF_8)).isEqualTo(golden());
        assertThat(StateCodec.decode(ACCOUNT, AS_OF, new String(golden(), StandardCharsets.UTF_8))).isEqualTo(state);
    }

    @Test
    void theGoldenTextIsVersionOneWithEveryDecimalAsAString() throws IOException {
        String text = new String(golden(), StandardCharsets.UTF_8);

        assertThat(StateCodec.VERSION).isEqualTo(1);
        assertThat(text).startsWith("{\"v\":1,\"c\":[").doesNotContain(" ", "\n")
                .contains("\"7.12345678\"", "\"-1421.190000\"", "\"533.333333\"", "\"BRK.B\"");
    }

    @Test
    void aTextOfAnotherVersionIsRefusedNotMisread() throws IOException {
        String other = new String(golden(), StandardCharsets.UTF_8).replaceFirst("\\{\"v\":1,", "{\"v\":2,");

        assertThatThrownBy(() -> StateCodec.decode(ACCOUNT, AS_OF, other))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown format version 2");
    }
}
