package dev.snapfolio.importer;

import static dev.snapfolio.importer.TastyCsv.optionTrade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportRow;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Deposit;
import dev.snapfolio.domain.movement.Dividend;
import dev.snapfolio.domain.movement.DividendTax;
import dev.snapfolio.domain.movement.Fee;
import dev.snapfolio.domain.movement.Interest;
import dev.snapfolio.domain.movement.InterestPaid;
import dev.snapfolio.domain.movement.LendingIncome;
import dev.snapfolio.domain.movement.Movement;
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
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TastytradeImporterTest {
    private static final long ACCOUNT = 7;
    private final MovementFileImporter importer = MovementFileImporter.forSource("tastytrade");

    private ParsedMovements read(TastyCsv csv) {
        return read(csv, ImportOptions.defaults());
    }

    private ParsedMovements read(TastyCsv csv, ImportOptions options) {
        return importer.read(new StringReader(csv.text()), "t.csv", ACCOUNT, options);
    }

    private Movement only(TastyCsv csv) {
        List<ImportRow> rows = read(csv).rows();
        assertThat(rows).hasSize(1);
        return rows.get(0).movement();
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Nested
    class Trades {
        @Test
        void equityBuyPriceIsTheAbsoluteValueOverTheQuantity() {
            Movement m = only(TastyCsv.withTotalAndCurrency().row("Date", "2024-03-01T15:30:00-0500", "Type", "Trade",
                    "Sub Type", "Buy to Open", "Action", "BUY_TO_OPEN", "Symbol", "AAPL", "Instrument Type", "Equity",
                    "Value", "-1,234.50", "Quantity", "10", "Average Price", "-123.45", "Commissions", "-1.00",
                    "Fees", "-0.08", "Order #", "55", "Currency", "USD"));
            assertThat(m.detail()).isEqualTo(new Trade(Ticker.of("AAPL"), Side.BUY, d("10"), d("123.45"), d("1"), d("0.08")));
            assertThat(m.timestamp()).isEqualTo(LocalDateTime.of(2024, 3, 1, 15, 30));
            assertThat(m.accountId()).isEqualTo(ACCOUNT);
            assertThat(m.currency()).isEqualTo(Currency.USD);
        }

        @Test
        void equitySellPriceIsRoundedToSixDecimals() {
            Movement m = only(TastyCsv.withTotalAndCurrency().row("Date", "2024-03-01T15:30:00+0000", "Type", "Trade",
                    "Sub Type", "Sell to Close", "Action", "SELL_TO_CLOSE", "Symbol", "XYZ", "Instrument Type", "Equity",
                    "Value", "100.00", "Quantity", "3", "Commissions", "--", "Fees", "-0.01"));
            Trade trade = (Trade) m.detail();
            assertThat(trade.side()).isEqualTo(Side.SELL);
            assertThat(trade.price()).isEqualTo(d("33.333333"));
            assertThat(trade.commissions()).isZero();
        }

        @Test
        void equityOptionTakesItsContractFromTheOptionColumnsAndItsPremiumFromValue() {
            Movement m = only(TastyCsv.withTotalAndCurrency().row(optionTrade("2025-08-25T19:26:41+0100", "BUY_TO_OPEN",
                    "PFE", "1/16/26", "20", "CALL", "-554.00", "1", "-1.00", "-0.12")));
            assertThat(m.detail()).isEqualTo(new OptionTrade(
                    new OptionContract(Ticker.of("PFE"), OptionType.CALL, d("20"), LocalDate.of(2026, 1, 16), 100),
                    OptionAction.BUY_TO_OPEN, d("1"), d("-554"), d("1"), d("0.12")));
        }

        @Test
        void futureOptionKeepsItsMultiplier() {
            Movement m = only(TastyCsv.withoutTotal().row("Date", "2024-11-01T10:00:00-0400", "Type", "Trade",
                    "Sub Type", "Sell to Open", "Action", "SELL_TO_OPEN", "Symbol", "./ESZ4 E3AX4 241115P5500",
                    "Instrument Type", "Future Option", "Value", "1,250.00", "Quantity", "1", "Commissions", "-1.25",
                    "Fees", "-0.52", "Multiplier", "50", "Root Symbol", "/ES", "Underlying Symbol", "/ESZ4",
                    "Expiration Date", "11/15/24", "Strike Price", "5,500", "Call or Put", "PUT"));
            OptionTrade trade = (OptionTrade) m.detail();
            assertThat(trade.contract()).isEqualTo(
                    new OptionContract(Ticker.of("/ESZ4"), OptionType.PUT, d("5500"), LocalDate.of(2024, 11, 15), 50));
            assertThat(trade.premium()).isEqualByComparingTo("1250");
        }

        @Test
        void anEquityOptionWithoutMultiplierHasOneHundredSharesAFutureOptionNeedsIt() {
            String[] row = optionTrade("2024-04-25T14:41:11+0100", "SELL_TO_OPEN", "SOFI", "5/03/24", "7", "PUT", "35.00",
                    "1", "-1.00", "-0.14");
            row[23] = "";
            assertThat(((OptionTrade) only(TastyCsv.withoutTotal().row(row)).detail()).contract().multiplier())
                    .isEqualByComparingTo("100");
            row[11] = "Future Option";
            assertThatThrownBy(() -> read(TastyCsv.withoutTotal().row(row)))
                    .hasMessage("t.csv:2: column Multiplier: is required for a future option");
            row[23] = "2.5";
            assertThatThrownBy(() -> read(TastyCsv.withoutTotal().row(row)))
                    .hasMessage("t.csv:2: column Multiplier: must be a whole number > 0, got 2.5");
        }

        @Test
        void optionActionComesFromTheSubTypeWhenTheActionColumnIsEmpty() {
            String[] row = optionTrade("2024-04-25T14:41:11+0100", "SELL_TO_OPEN", "SOFI", "5/03/24", "7", "PUT", "35.00",
                    "1", "-1.00", "-0.14");
            row[7] = "";
            Movement m = only(TastyCsv.withoutTotal().row(row));
            assertThat(((OptionTrade) m.detail()).action()).isEqualTo(OptionAction.SELL_TO_OPEN);
        }
    }

    @Nested
    class ReceiveDeliver {
        private String[] optionRow(String date, String subType, String action, String value) {
            return new String[] {"Date", date, "Type", "Receive Deliver", "Sub Type", subType, "Action", action,
                "Symbol", "SOFI  240503P00007000", "Instrument Type", "Equity Option", "Value", value, "Quantity", "2",
                "Commissions", "--", "Fees", "0.00", "Multiplier", "100", "Root Symbol", "SOFI", "Underlying Symbol",
                "SOFI", "Expiration Date", "5/03/24", "Strike Price", "7", "Call or Put", "PUT"};
        }

        private final OptionContract sofi7 = OptionContract.of("SOFI", OptionType.PUT, "7", LocalDate.of(2024, 5, 3));

        @Test
        void expirationIsAnExpiryWhateverTheActionSays() {
            for (String action : List.of("BUY_TO_CLOSE", "SELL_TO_CLOSE", "")) {
                Movement m = only(TastyCsv.withoutTotal().row(optionRow("2024-05-03T22:00:00+0100", "Expiration", action,
                        "0.00")));
                assertThat(m.detail()).isEqualTo(new OptionEvent(sofi7, OptionEventType.EXPIRED, d("2"), BigDecimal.ZERO));
            }
        }

        @Test
        void assignmentAndExerciseCloseWithTheirValueAsCashSettlement() {
            assertThat(only(TastyCsv.withoutTotal().row(optionRow("2024-05-03T22:00:00+0100", "Assignment",
                    "BUY_TO_CLOSE", "0.00"))).detail())
                    .isEqualTo(new OptionEvent(sofi7, OptionEventType.ASSIGNED, d("2"), BigDecimal.ZERO));
            assertThat(only(TastyCsv.withoutTotal().row(optionRow("2024-05-03T22:00:00+0100", "Exercise",
                    "SELL_TO_CLOSE", "0.00"))).detail())
                    .isEqualTo(new OptionEvent(sofi7, OptionEventType.EXERCISED, d("2"), BigDecimal.ZERO));
            assertThat(only(TastyCsv.withoutTotal().row(optionRow("2024-05-03T22:00:00+0100", "Cash Settled Assignment",
                    "BUY_TO_CLOSE", "-150.00"))).detail())
                    .isEqualTo(new OptionEvent(sofi7, OptionEventType.ASSIGNED, d("2"), d("-150")));
            assertThat(only(TastyCsv.withoutTotal().row(optionRow("2024-05-03T22:00:00+0100", "Cash Settled Exercise",
                    "SELL_TO_CLOSE", "80.00"))).detail())
                    .isEqualTo(new OptionEvent(sofi7, OptionEventType.EXERCISED, d("2"), d("80")));
            // a bare "Cash Settled": a buy closes a short (assigned), a sell closes a long (exercised)
            assertThat(only(TastyCsv.withoutTotal().row(optionRow("2024-05-03T22:00:00+0100", "Cash Settled",
                    "BUY_TO_CLOSE", "-10.00"))).detail())
                    .isEqualTo(new OptionEvent(sofi7, OptionEventType.ASSIGNED, d("2"), d("-10")));
            assertThat(only(TastyCsv.withoutTotal().row(optionRow("2024-05-03T22:00:00+0100", "Cash Settled",
                    "SELL_TO_CLOSE", "10.00"))).detail())
                    .isEqualTo(new OptionEvent(sofi7, OptionEventType.EXERCISED, d("2"), d("10")));
        }

        @Test
        void assignmentDeliveryOfSharesIsATradeAtValueOverQuantity() {
            Movement m = only(TastyCsv.withoutTotal().row("Date", "2024-05-03T22:00:00+0100", "Type", "Receive Deliver",
                    "Sub Type", "Buy to Open", "Action", "BUY_TO_OPEN", "Symbol", "SOFI", "Instrument Type", "Equity",
                    "Value", "-1,400.00", "Quantity", "200", "Average Price", "-7.00", "Commissions", "--",
                    "Fees", "-5.00"));
            assertThat(m.detail()).isEqualTo(new Trade(Ticker.of("SOFI"), Side.BUY, d("200"), d("7"), BigDecimal.ZERO, d("5")));
        }

        @Test
        void acatMovesSharesInOrOutByActionAtTheAveragePrice() {
            TastyCsv csv = TastyCsv.withoutTotal()
                    .row("Date", "2024-02-01T10:00:00+0000", "Type", "Receive Deliver", "Sub Type", "ACAT", "Action",
                            "SELL_TO_CLOSE", "Symbol", "MSFT", "Instrument Type", "Equity", "Value", "0.00", "Quantity", "4")
                    .row("Date", "2024-01-01T10:00:00+0000", "Type", "Receive Deliver", "Sub Type", "ACAT", "Action",
                            "BUY_TO_OPEN", "Symbol", "MSFT", "Instrument Type", "Equity", "Value", "0.00", "Quantity", "10",
                            "Average Price", "-310.25");
            List<ImportRow> rows = read(csv).rows();
            assertThat(rows).extracting(r -> r.movement().detail()).containsExactly(
                    new SecurityIn(Ticker.of("MSFT"), d("10"), d("310.25")),
                    new SecurityOut(Ticker.of("MSFT"), d("4"), BigDecimal.ZERO));
        }
    }

    @Nested
    class SpecialDividends {
        private String[] leg(String date, String action, String strike, String value) {
            return new String[] {"Date", date, "Type", "Receive Deliver", "Sub Type", "Special Dividend", "Action", action,
                "Symbol", "XYZ OPT " + strike, "Instrument Type", "Equity Option", "Value", value, "Quantity", "3",
                "Commissions", "--", "Fees", "0.00", "Multiplier", "100", "Root Symbol", "XYZ", "Underlying Symbol",
                "XYZ", "Expiration Date", "6/21/24", "Strike Price", strike, "Call or Put", "CALL"};
        }

        private OptionContract xyz(String strike) {
            return OptionContract.of("XYZ", OptionType.CALL, strike, LocalDate.of(2024, 6, 21));
        }

        @Test
        void aPairBecomesAnAdjustmentOfTheStrikeTheActionCloses() {
            TastyCsv csv = TastyCsv.withoutTotal()
                    .row(leg("2024-05-10T09:00:01+0100", "BUY_TO_OPEN", "47.5", "-1,230.00"))
                    .row(leg("2024-05-10T09:00:00+0100", "SELL_TO_CLOSE", "50", "1,230.00"));
            List<ImportRow> rows = read(csv).rows();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).movement().detail()).isEqualTo(new OptionAdjustment(xyz("50"), d("47.5"), d("3")));
            assertThat(rows.get(0).movement().timestamp()).isEqualTo(LocalDateTime.of(2024, 5, 10, 9, 0, 0));
            assertThat(rows.get(0).location()).isEqualTo("t.csv:2+3");
        }

        @Test
        void withoutActionsTheOldStrikeIsTheOneEarlierRowsLeftOpen() {
            TastyCsv csv = TastyCsv.withoutTotal()
                    .row(leg("2024-05-10T09:00:00+0100", "", "50", "1,230.00"))
                    .row(leg("2024-05-10T09:00:01+0100", "", "47.5", "-1,230.00"))
                    .row(optionTrade("2024-05-01T10:00:00+0100", "SELL_TO_OPEN", "XYZ", "6/21/24", "47.5", "CALL",
                            "300.00", "3", "-1.00", "-0.10"));
            List<ImportRow> rows = read(csv).rows();
            assertThat(rows).extracting(r -> r.movement().kind())
                    .containsExactly(MovementKind.OPTION_TRADE, MovementKind.OPTION_ADJUSTMENT);
            assertThat(rows.get(1).movement().detail()).isEqualTo(new OptionAdjustment(xyz("47.5"), d("50"), d("3")));
        }

        @Test
        void aRowWithoutItsPartnerIsAnError() {
            TastyCsv csv = TastyCsv.withoutTotal()
                    .row(leg("2024-05-10T09:00:05+0100", "BUY_TO_OPEN", "47.5", "-1,230.00"))
                    .row(leg("2024-05-10T09:00:00+0100", "SELL_TO_CLOSE", "50", "1,230.00"));
            assertThatThrownBy(() -> read(csv)).isInstanceOf(ImportException.class)
                    .hasMessageStartingWith("t.csv:3: special-dividend row without its partner");
        }

        @Test
        void valuesThatDoNotCancelOutDoNotPair() {
            TastyCsv csv = TastyCsv.withoutTotal()
                    .row(leg("2024-05-10T09:00:01+0100", "BUY_TO_OPEN", "47.5", "-1,230.02"))
                    .row(leg("2024-05-10T09:00:00+0100", "SELL_TO_CLOSE", "50", "1,230.00"));
            assertThatThrownBy(() -> read(csv)).isInstanceOf(ImportException.class)
                    .hasMessageContaining("without its partner");
        }

        @Test
        void aPairNothingTellsApartIsAnErrorNamingBothLines() {
            TastyCsv csv = TastyCsv.withoutTotal()
                    .row(leg("2024-05-10T09:00:01+0100", "", "47.5", "-1,230.00"))
                    .row(leg("2024-05-10T09:00:00+0100", "", "50", "1,230.00"));
            assertThatThrownBy(() -> read(csv)).isInstanceOf(ImportException.class)
                    .hasMessage("t.csv:2: cannot tell which strike of the special-dividend pair on lines 2 and 3 is held"
                            + " open: the Action column does not say and no earlier row of the file opens either");
        }
    }

    @Nested
    class MoneyMovements {
        private TastyCsv money(String subType, String value, String symbol) {
            return TastyCsv.withTotalAndCurrency().row("Date", "2025-01-31T22:00:00+0000", "Type", "Money Movement",
                    "Sub Type", subType, "Symbol", symbol, "Description", "x", "Value", value, "Quantity", "0",
                    "Commissions", "--", "Fees", "0.00", "Total", value, "Currency", "USD");
        }

        @Test
        void depositsWithdrawalsAndTransfersGoBySign() {
            assertThat(only(money("Deposit", "1,200.00", "")).detail()).isEqualTo(new Deposit(d("1200")));
            assertThat(only(money("Withdrawal", "-25.00", "")).detail()).isEqualTo(new Withdrawal(d("25")));
            assertThat(only(money("Transfer", "300.00", "")).detail()).isEqualTo(new Deposit(d("300")));
            assertThat(only(money("Transfer", "-300.00", "")).detail()).isEqualTo(new Withdrawal(d("300")));
        }

        @Test
        void balanceAdjustmentsAndFeesAreFeesOfMinusValue() {
            assertThat(only(money("Balance Adjustment", "-0.02", "")).detail()).isEqualTo(new Fee(d("0.02")));
            assertThat(only(money("Fee", "-12.00", "")).detail()).isEqualTo(new Fee(d("12")));
            assertThat(only(money("Fee", "5.00", "")).detail()).isEqualTo(new Fee(d("-5")));
        }

        @Test
        void interestAndLendingIncomeTakeTheAbsoluteValue() {
            assertThat(only(money("Credit Interest", "1.23", "")).detail()).isEqualTo(new Interest(d("1.23")));
            assertThat(only(money("Debit Interest", "-4.56", "")).detail()).isEqualTo(new InterestPaid(d("4.56")));
            assertThat(only(money("Fully Paid Stock Lending Income", "0.07", "")).detail())
                    .isEqualTo(new LendingIncome(d("0.07")));
        }

        @Test
        void dividendsAndWithholdingGoBySign() {
            assertThat(only(money("Dividend", "2.40", "AAPL")).detail()).isEqualTo(new Dividend(Ticker.of("AAPL"), d("2.4")));
            assertThat(only(money("Dividend", "-0.36", "AAPL")).detail())
                    .isEqualTo(new DividendTax(Ticker.of("AAPL"), d("0.36")));
        }

        @Test
        void aZeroDepositIsAnErrorOnValue() {
            assertThatThrownBy(() -> read(money("Deposit", "0.00", ""))).isInstanceOf(ImportException.class)
                    .hasMessage("t.csv:2: column Value: must not be 0 for a deposit");
        }

        @Test
        void theDescriptionBecomesTheNotes() {
            assertThat(only(money("Deposit", "10.00", "")).notes()).isEqualTo("x");
        }
    }

    @Nested
    class FileRules {
        @Test
        void theOffsetIsDroppedAndTheLocalTimeKept() {
            TastyCsv csv = TastyCsv.withoutTotal()
                    .row("Date", "2024-01-02T23:30:00-05:00", "Type", "Money Movement", "Sub Type", "Deposit", "Value", "1")
                    .row("Date", "2024-01-02T01:00:00Z", "Type", "Money Movement", "Sub Type", "Deposit", "Value", "2")
                    .row("Date", "2024-01-01T23:59:59+0900", "Type", "Money Movement", "Sub Type", "Deposit", "Value", "3");
            assertThat(read(csv).rows()).extracting(r -> r.movement().timestamp()).containsExactly(
                    LocalDateTime.of(2024, 1, 1, 23, 59, 59), LocalDateTime.of(2024, 1, 2, 1, 0),
                    LocalDateTime.of(2024, 1, 2, 23, 30));
        }

        @Test
        void rowsOfOneTimestampKeepTheBrokersOrderReversed() {
            List<ImportRow> rows = importer.read(Fixture.path("tastytrade/PfizerImportTest.csv"), ACCOUNT,
                    ImportOptions.defaults()).rows();
            assertThat(rows).extracting(ImportRow::location).containsExactly("PfizerImportTest.csv:5",
                    "PfizerImportTest.csv:4", "PfizerImportTest.csv:3", "PfizerImportTest.csv:2");
        }

        @Test
        void aMissingCurrencyColumnMeansUsdAndTheColumnIsRespectedWhenThere() {
            TastyCsv usd = TastyCsv.withoutTotalAndCurrency().row("Date", "2024-01-02T10:00:00+0000", "Type",
                    "Money Movement", "Sub Type", "Deposit", "Value", "1");
            TastyCsv eur = TastyCsv.withoutTotal().row("Date", "2024-01-02T10:00:00+0000", "Type", "Money Movement",
                    "Sub Type", "Deposit", "Value", "1", "Currency", "eur");
            assertThat(only(usd).currency()).isEqualTo(Currency.USD);
            assertThat(only(eur).currency()).isEqualTo(Currency.EUR);
        }

        @Test
        void anUnsupportedRowIsAnErrorNamingItsLineAndType() {
            TastyCsv csv = TastyCsv.withoutTotal()
                    .row("Date", "2024-01-02T10:00:00+0000", "Type", "Money Movement", "Sub Type", "Deposit", "Value", "1")
                    .row("Date", "2024-01-03T10:00:00+0000", "Type", "Receive Deliver", "Sub Type", "Forward Split",
                            "Instrument Type", "Equity", "Symbol", "NVDA", "Quantity", "90");
            assertThatThrownBy(() -> read(csv)).isInstanceOf(ImportException.class)
                    .hasMessage("t.csv:3: column Type: unsupported row type 'Receive Deliver / Forward Split (Equity)'"
                            + " (--skip-unsupported skips such rows)");
        }

        @Test
        void skipUnsupportedSkipsThemWithOneWarningListingTheLines() {
            TastyCsv csv = TastyCsv.withoutTotal()
                    .row("Date", "2024-01-04T10:00:00+0000", "Type", "Money Movement", "Sub Type", "Mark to Market",
                            "Value", "-3")
                    .row("Date", "2024-01-02T10:00:00+0000", "Type", "Money Movement", "Sub Type", "Deposit", "Value", "1")
                    .row("Date", "2024-01-03T10:00:00+0000", "Type", "Receive Deliver", "Sub Type", "Symbol Change",
                            "Instrument Type", "Equity");
            ParsedMovements parsed = read(csv, ImportOptions.defaults().withSkipUnsupported(true));
            assertThat(parsed.rows()).extracting(r -> r.movement().kind()).containsExactly(MovementKind.DEPOSIT);
            assertThat(parsed.rowsRead()).isEqualTo(3);
            assertThat(parsed.warnings()).containsExactly("t.csv: skipped 2 unsupported rows: line 2 (Money Movement /"
                    + " Mark to Market), line 4 (Receive Deliver / Symbol Change (Equity))");
        }

        @Test
        void progressIsReportedEveryTenThousandRows() {
            TastyCsv csv = TastyCsv.withoutTotal();
            for (int i = 0; i < 20_500; i++) {
                csv.row("Date", "2024-01-02T10:00:00+0000", "Type", "Money Movement", "Sub Type", "Deposit", "Value", "1");
            }
            List<Integer> reported = new java.util.ArrayList<>();
            read(csv, ImportOptions.defaults().withProgress(reported::add));
            assertThat(reported).containsExactly(10_000, 20_000);
        }
    }
}
