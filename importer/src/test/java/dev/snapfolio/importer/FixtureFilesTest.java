package dev.snapfolio.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportRow;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Conversion;
import dev.snapfolio.domain.movement.Deposit;
import dev.snapfolio.domain.movement.Dividend;
import dev.snapfolio.domain.movement.DividendTax;
import dev.snapfolio.domain.movement.Fee;
import dev.snapfolio.domain.movement.Interest;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.MovementDetail;
import dev.snapfolio.domain.movement.MovementKind;
import dev.snapfolio.domain.movement.OptionAction;
import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.domain.movement.OptionTrade;
import dev.snapfolio.domain.movement.OptionType;
import dev.snapfolio.domain.movement.Side;
import dev.snapfolio.domain.movement.Trade;
import dev.snapfolio.domain.movement.Withdrawal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The repository's broker fixtures parse into the movements their READMEs derive the snapshots from. */
class FixtureFilesTest {
    private static final long ACCOUNT = 3;

    private static List<Movement> read(String source, String fixture) {
        return MovementFileImporter.forSource(source).read(Fixture.path(fixture), ACCOUNT, ImportOptions.defaults())
                .rows().stream().map(ImportRow::movement).toList();
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static OptionTrade option(String underlying, OptionType type, String strike, LocalDate expiration,
            OptionAction action, String premium, String commissions, String fees) {
        return new OptionTrade(OptionContract.of(underlying, type, strike, expiration), action, d("1"), d(premium),
                d(commissions), d(fees));
    }

    @Test
    void pfizerFileIsFourCallTradesInChronologicalOrder() {
        List<Movement> movements = read("tastytrade", "tastytrade/PfizerImportTest.csv");
        LocalDate jan16 = LocalDate.of(2026, 1, 16);
        LocalDate oct10 = LocalDate.of(2025, 10, 10);
        assertThat(movements).extracting(Movement::detail).containsExactly(
                option("PFE", OptionType.CALL, "20", jan16, OptionAction.BUY_TO_OPEN, "-554", "1", "0.12"),
                option("PFE", OptionType.CALL, "27", oct10, OptionAction.SELL_TO_OPEN, "51", "1", "0.12"),
                option("PFE", OptionType.CALL, "27", oct10, OptionAction.BUY_TO_CLOSE, "-64", "0", "0.12"),
                option("PFE", OptionType.CALL, "20", jan16, OptionAction.SELL_TO_CLOSE, "745", "0", "0.12"));
        assertThat(movements).extracting(Movement::timestamp).containsExactly(
                LocalDateTime.of(2025, 8, 25, 19, 26, 41), LocalDateTime.of(2025, 10, 1, 16, 16, 44),
                LocalDateTime.of(2025, 10, 3, 20, 55, 9), LocalDateTime.of(2025, 10, 3, 20, 55, 9));
        assertThat(movements).allSatisfy(m -> assertThat(m.currency()).isEqualTo(Currency.USD));
    }

    @Test
    void depositsFileIsNineteenDepositsAndOneWithdrawal() {
        List<Movement> movements = read("tastytrade", "tastytrade/TastytradeDeposits.csv");
        assertThat(movements).hasSize(20);
        assertThat(movements).filteredOn(m -> m.kind() == MovementKind.DEPOSIT).hasSize(19);
        assertThat(movements).filteredOn(m -> m.kind() == MovementKind.WITHDRAWAL)
                .extracting(Movement::detail).containsExactly(new Withdrawal(d("25")));
        BigDecimal deposited = movements.stream().map(Movement::detail).filter(Deposit.class::isInstance)
                .map(m -> ((Deposit) m).amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(deposited).isEqualByComparingTo("19388.40");
        assertThat(movements.get(0).timestamp()).isEqualTo(LocalDateTime.of(2024, 4, 22, 22, 0));
        assertThat(movements.get(0).detail()).isEqualTo(new Deposit(d("10")));
        assertThat(movements.get(16).detail()).isEqualTo(new Deposit(d("1000")));
        assertThat(movements).extracting(m -> m.timestamp().toLocalDate()).isSorted();
    }

    @Test
    void optionsFileHasTheTradesTheFeeAndTheDepositsOnTheirLocalDates() {
        List<Movement> movements = read("tastytrade", "tastytrade/TastytradeOptionsTest.csv");
        assertThat(movements).hasSize(16);
        assertThat(movements).extracting(Movement::kind).containsExactly(MovementKind.DEPOSIT, MovementKind.DEPOSIT,
                MovementKind.DEPOSIT, MovementKind.OPTION_TRADE, MovementKind.OPTION_TRADE, MovementKind.OPTION_TRADE,
                MovementKind.OPTION_TRADE, MovementKind.OPTION_TRADE, MovementKind.FEE, MovementKind.OPTION_TRADE,
                MovementKind.OPTION_TRADE, MovementKind.OPTION_TRADE, MovementKind.OPTION_TRADE, MovementKind.OPTION_TRADE,
                MovementKind.OPTION_TRADE, MovementKind.OPTION_TRADE);
        assertThat(movements.get(8).detail()).isEqualTo(new Fee(d("0.02")));
        assertThat(movements.get(8).timestamp().toLocalDate()).isEqualTo(LocalDate.of(2024, 4, 27));
        LocalDate may3 = LocalDate.of(2024, 5, 3);
        assertThat(movements.get(3).detail()).isEqualTo(
                option("SOFI", OptionType.PUT, "7", may3, OptionAction.SELL_TO_OPEN, "35", "1", "0.14"));
        assertThat(movements.get(15).detail()).isEqualTo(option("SOFI", OptionType.PUT, "6.5", LocalDate.of(2024, 5, 10),
                OptionAction.SELL_TO_OPEN, "16", "1", "0.14"));
        // Both legs of a spread share a timestamp: the row lower in the file comes first.
        assertThat(movements.subList(4, 6)).extracting(Movement::detail).containsExactly(
                option("MPW", OptionType.PUT, "4", may3, OptionAction.BUY_TO_OPEN, "-4", "1", "0.13"),
                option("MPW", OptionType.PUT, "4.5", may3, OptionAction.SELL_TO_OPEN, "19", "1", "0.14"));
        BigDecimal premiums = movements.stream().map(Movement::detail).filter(OptionTrade.class::isInstance)
                .map(m -> ((OptionTrade) m).premium()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(premiums).isEqualByComparingTo("63");
    }

    @Test
    void genericFileCoversItsStocksDividendsConversionInterestAndOptions() {
        List<Movement> movements = read("generic", "generic/stocks-and-events.movements.csv");
        LocalDate feb16 = LocalDate.of(2024, 2, 16);
        OptionContract msftPut = OptionContract.of("MSFT", OptionType.PUT, "400", feb16);
        List<MovementDetail> expected = List.of(
                new Deposit(d("10000")),
                new Trade(Ticker.of("AAPL"), Side.BUY, d("10"), d("100"), d("1"), d("0")),
                new Trade(Ticker.of("AAPL"), Side.BUY, d("5"), d("110"), d("1"), d("0")),
                new Trade(Ticker.of("AAPL"), Side.SELL, d("12"), d("120"), d("1"), d("0.12")),
                new Dividend(Ticker.of("AAPL"), d("2.40")),
                new DividendTax(Ticker.of("AAPL"), d("0.36")),
                new Trade(Ticker.of("AAPL"), Side.SELL, d("8"), d("58"), d("1"), d("0")),
                new Trade(Ticker.of("AAPL"), Side.BUY, d("2"), d("55"), d("1"), d("0")),
                new Conversion(d("1000"), Currency.EUR, d("900"), d("2")),
                new OptionTrade(msftPut, OptionAction.SELL_TO_OPEN, d("3"), d("300"), d("3"), d("0.42")),
                new Interest(d("1.50")),
                new Trade(Ticker.of("SAP"), Side.BUY, d("10"), d("80"), d("2"), d("0")),
                new OptionTrade(msftPut, OptionAction.BUY_TO_CLOSE, d("2"), d("-120"), d("0"), d("0.28")));
        assertThat(movements).extracting(Movement::detail).containsExactlyElementsOf(expected);
        assertThat(movements.get(0).notes()).isEqualTo("initial funding");
        assertThat(movements.get(0).timestamp()).isEqualTo(LocalDateTime.of(2024, 1, 2, 9, 0));
        assertThat(movements.get(10).currency()).isEqualTo(Currency.EUR);
        assertThat(movements.get(11).currency()).isEqualTo(Currency.EUR);
        assertThat(movements).extracting(Movement::sourceKey).doesNotHaveDuplicates().allMatch(k -> k.length() == 64);
    }
}
