package dev.snapfolio.adapter.in.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.adapter.in.cli.command.CliHarness.Result;
import dev.snapfolio.application.port.in.VerifySnapshotsUseCase.Difference;
import dev.snapfolio.application.port.in.RunStatus;
import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.application.port.in.Trigger;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Conversion;
import dev.snapfolio.domain.movement.Deposit;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.MovementKind;
import dev.snapfolio.domain.movement.OptionAction;
import dev.snapfolio.domain.movement.OptionAdjustment;
import dev.snapfolio.domain.movement.OptionEvent;
import dev.snapfolio.domain.movement.OptionEventType;
import dev.snapfolio.domain.movement.OptionTrade;
import dev.snapfolio.domain.movement.OptionType;
import dev.snapfolio.domain.movement.Side;
import dev.snapfolio.domain.movement.Trade;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.testing.Fixtures;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CommandsTest {
    private CliHarness cli;

    @BeforeEach
    void createAccount() {
        cli = new CliHarness();
        assertThat(cli.run("account", "create", "--name", "main", "--broker", "Tasty").exit()).isZero();
    }

    private Result add(String... args) {
        List<String> all = new ArrayList<>(List.of("movement", "add", "--account", "main"));
        all.addAll(Arrays.asList(args));
        return cli.run(all.toArray(String[]::new));
    }

    private static String oneLine(String err) {
        return err.strip();
    }

    @Test
    void accountCreateReportsTheIdAndListShowsIt() {
        Result created = cli.run("account", "create", "--name", "second", "--currency", "eur");
        assertThat(created.exit()).isZero();
        assertThat(created.out()).contains("created account #2 'second' (EUR)");

        Result list = cli.run("account", "list");
        assertThat(list.exit()).isZero();
        assertThat(list.out().lines().toList()).containsExactly(
                "id  name    broker  currency",
                " 1  main    Tasty   USD",
                " 2  second          EUR");
    }

    @Test
    void accountListAsJsonIsAnArrayOfObjects() {
        Result list = cli.run("account", "list", "--format", "json");
        assertThat(list.out()).isEqualTo("[\n  {\"id\": 1, \"name\": \"main\", \"broker\": \"Tasty\", \"currency\": \"USD\"}\n]\n");
    }

    static Stream<Arguments> everyKind() {
        return Stream.of(
                Arguments.of(MovementKind.DEPOSIT, List.of("--amount", "1000", "--fees", "1.5")),
                Arguments.of(MovementKind.WITHDRAWAL, List.of("--amount", "25")),
                Arguments.of(MovementKind.FEE, List.of("--amount", "-0.02")),
                Arguments.of(MovementKind.INTEREST, List.of("--amount", "1.23")),
                Arguments.of(MovementKind.INTEREST_PAID, List.of("--amount", "4.5")),
                Arguments.of(MovementKind.LENDING_INCOME, List.of("--amount", "0.7")),
                Arguments.of(MovementKind.DIVIDEND, List.of("--ticker", "aapl", "--amount", "2.4")),
                Arguments.of(MovementKind.DIVIDEND_TAX, List.of("--ticker", "AAPL", "--amount", "0.36")),
                Arguments.of(MovementKind.TRADE, List.of("--ticker", "AAPL", "--side", "buy", "--quantity", "10",
                        "--price", "100", "--commissions", "1")),
                Arguments.of(MovementKind.OPTION_TRADE, List.of("--underlying", "MSFT", "--type", "PUT", "--strike",
                        "400", "--expiration", "2024-02-16", "--action", "SELL_TO_OPEN", "--contracts", "3",
                        "--premium", "300", "--commissions", "3", "--fees", "0.42")),
                Arguments.of(MovementKind.OPTION_EVENT, List.of("--symbol", "SOFI  240510P00006500", "--event",
                        "EXPIRED", "--contracts", "1")),
                Arguments.of(MovementKind.OPTION_ADJUSTMENT, List.of("--symbol", "SOFI  240510P00006500",
                        "--new-strike", "6", "--contracts", "1")),
                Arguments.of(MovementKind.SECURITY_IN, List.of("--ticker", "PFE", "--quantity", "100",
                        "--cost-per-share", "27.5")),
                Arguments.of(MovementKind.SECURITY_OUT, List.of("--ticker", "PFE", "--quantity", "50")),
                Arguments.of(MovementKind.CONVERSION, List.of("--amount", "1000", "--target-currency", "EUR",
                        "--amount-in", "900", "--fees", "2")));
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void movementAddRecordsEveryKind(MovementKind kind, List<String> flags) {
        List<String> args = new ArrayList<>(List.of("--kind", kind.name(), "--date", "2024-01-05", "--time", "10:00"));
        args.addAll(flags);
        Result result = add(args.toArray(String[]::new));

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(cli.app.movements).hasSize(1);
        Movement m = cli.app.movements.get(0);
        assertThat(m.kind()).isEqualTo(kind);
        assertThat(m.timestamp()).isEqualTo(LocalDateTime.of(2024, 1, 5, 10, 0));
        assertThat(m.currency()).isEqualTo(Currency.USD);
        assertThat(result.out()).startsWith("recorded movement #1 " + kind).doesNotContain("processed")
                .doesNotContain("queries");
    }

    @Test
    void movementAddTurnsFlagsIntoTheMovementsFields() {
        add("--kind", "TRADE", "--date", "2024-01-03", "--ticker", "aapl", "--side", "SELL", "--quantity", "12",
                "--price", "120", "--commissions", "1", "--fees", "0.12", "--notes", "closes a lot");
        Movement m = cli.app.movements.get(0);
        assertThat(m.detail()).isEqualTo(new Trade(Ticker.of("AAPL"), Side.SELL, new BigDecimal("12"),
                new BigDecimal("120"), BigDecimal.ONE, new BigDecimal("0.12")));
        assertThat(m.notes()).isEqualTo("closes a lot");
        assertThat(m.timestamp()).isEqualTo(LocalDate.of(2024, 1, 3).atStartOfDay());
    }

    @Test
    void anOccSymbolAndSeparateContractFlagsGiveTheSameContract() {
        add("--kind", "OPTION_TRADE", "--date", "2024-04-25", "--symbol", "SOFI  240510P00007000", "--action",
                "SELL_TO_OPEN", "--contracts", "1", "--premium", "35");
        add("--kind", "OPTION_TRADE", "--date", "2024-04-25", "--underlying", "SOFI", "--type", "put", "--strike", "7.00",
                "--expiration", "2024-05-10", "--action", "SELL_TO_OPEN", "--contracts", "1", "--premium", "35");
        OptionTrade first = (OptionTrade) cli.app.movements.get(0).detail();
        OptionTrade second = (OptionTrade) cli.app.movements.get(1).detail();
        assertThat(first.contract()).isEqualTo(second.contract());
        assertThat(first.contract().type()).isEqualTo(OptionType.PUT);
        assertThat(first.action()).isEqualTo(OptionAction.SELL_TO_OPEN);
    }

    @Test
    void anOptionEventTakesItsCashSettlement() {
        add("--kind", "OPTION_EVENT", "--date", "2024-05-10", "--symbol", "SOFI  240510C00006500", "--event", "ASSIGNED",
                "--contracts", "2", "--cash-settlement", "-12.5");
        OptionEvent event = (OptionEvent) cli.app.movements.get(0).detail();
        assertThat(event.event()).isEqualTo(OptionEventType.ASSIGNED);
        assertThat(event.cashSettlement()).isEqualByComparingTo("-12.5");
    }

    @Test
    void aConversionUsesTheAccountCurrencyUnlessGiven() {
        add("--kind", "CONVERSION", "--date", "2024-01-12", "--currency", "eur", "--amount", "100",
                "--target-currency", "usd", "--amount-in", "110");
        Movement m = cli.app.movements.get(0);
        assertThat(m.currency()).isEqualTo(Currency.EUR);
        assertThat(((Conversion) m.detail()).targetCurrency()).isEqualTo(Currency.USD);
    }

    @Test
    void aFlagThatDoesNotApplyToTheKindIsRejectedAndNothingIsRecorded() {
        Result result = add("--kind", "DEPOSIT", "--date", "2024-01-02", "--amount", "10", "--ticker", "AAPL");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(oneLine(result.err())).isEqualTo("error: --ticker does not apply to a DEPOSIT");
        assertThat(cli.app.movements).isEmpty();
    }

    @Test
    void aMissingFieldOfTheKindIsNamedByItsFlag() {
        Result result = add("--kind", "TRADE", "--date", "2024-01-02", "--ticker", "AAPL", "--side", "BUY",
                "--price", "1");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(oneLine(result.err())).isEqualTo("error: --quantity is required for a TRADE");
        assertThat(cli.app.movements).isEmpty();
    }

    @Test
    void anInvalidValueIsRejectedWithTheDomainsMessage() {
        Result result = add("--kind", "DEPOSIT", "--date", "2024-01-02", "--amount", "-5");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(oneLine(result.err())).isEqualTo("error: amount must be > 0, got -5");
    }

    @Test
    void editReplacesOnlyTheGivenFields() {
        add("--kind", "TRADE", "--date", "2024-01-03", "--time", "10:00", "--ticker", "AAPL", "--side", "BUY",
                "--quantity", "10", "--price", "100", "--commissions", "1");
        Result result = cli.run("movement", "edit", "1", "--account", "main", "--price", "101.5", "--date", "2024-01-04");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("edited movement #1 TRADE AAPL on 2024-01-04");
        Movement m = cli.app.movements.get(0);
        assertThat(m.id()).isEqualTo(1);
        assertThat(m.timestamp()).isEqualTo(LocalDateTime.of(2024, 1, 4, 10, 0));
        assertThat(m.detail()).isEqualTo(new Trade(Ticker.of("AAPL"), Side.BUY, BigDecimal.TEN, new BigDecimal("101.5"),
                BigDecimal.ONE, null));
    }

    @Test
    void editCanChangeTheStrikeOfAnAdjustment() {
        add("--kind", "OPTION_ADJUSTMENT", "--date", "2024-03-01", "--symbol", "SOFI  240510P00006500",
                "--new-strike", "6", "--contracts", "1");
        assertThat(cli.run("movement", "edit", "1", "-a", "main", "--new-strike", "5.5").exit()).isZero();
        assertThat(((OptionAdjustment) cli.app.movements.get(0).detail()).newStrike()).isEqualByComparingTo("5.5");
    }

    @Test
    void editOfAnUnknownMovementIsBadInput() {
        Result result = cli.run("movement", "edit", "99", "-a", "main", "--price", "1");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(oneLine(result.err())).isEqualTo("error: movement #99 not found in account 'main'");
    }

    @Test
    void deleteRemovesTheMovement() {
        add("--kind", "DEPOSIT", "--date", "2024-01-02", "--amount", "10");
        Result result = cli.run("movement", "delete", "1", "--account", "1");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("deleted movement #1 DEPOSIT on 2024-01-02");
        assertThat(cli.app.movements).isEmpty();
    }

    @Test
    void movementListAsCsvUsesTheGenericColumnsAfterTheId() {
        add("--kind", "DEPOSIT", "--date", "2024-01-02", "--time", "09:00", "--amount", "10000", "--notes", "initial, funding");
        add("--kind", "OPTION_TRADE", "--date", "2024-01-15", "--time", "10:00", "--underlying", "MSFT", "--type", "PUT",
                "--strike", "400", "--expiration", "2024-02-16", "--action", "SELL_TO_OPEN", "--contracts", "3",
                "--premium", "300", "--commissions", "3", "--fees", "0.42");
        Result result = cli.run("movement", "list", "-a", "main", "--format", "csv");

        assertThat(result.out().lines().toList()).containsExactly(
                "id,date,time,kind,currency,amount,ticker,side,quantity,price,commissions,fees,underlying,callPut,"
                        + "strike,expiration,multiplier,action,event,contracts,premium,newStrike,costPerShare,"
                        + "targetCurrency,amountIn,notes",
                "1,2024-01-02,09:00,DEPOSIT,USD,10000.000000,,,,,0.000000,0.000000,,,,,,,,,,,,,,\"initial, funding\"",
                "2,2024-01-15,10:00,OPTION_TRADE,USD,,,,,,3.000000,0.420000,MSFT,PUT,400.000000,2024-02-16,100,"
                        + "SELL_TO_OPEN,,3.00000000,300.000000,,,,,");
    }

    @Test
    void movementListAsTableHidesColumnsNoMovementUses() {
        add("--kind", "DEPOSIT", "--date", "2024-01-02", "--amount", "10000");
        Result result = cli.run("movement", "list", "-a", "main");
        assertThat(result.out().lines().toList()).containsExactly(
                "id  date        time   kind     currency    amount  commissions  fees",
                " 1  2024-01-02  00:00  DEPOSIT  USD       10000.00         0.00  0.00");
    }

    private static FinancialSnapshot snapshot(LocalDate date, String currency, String deposited) {
        BigDecimal z = Decimals.ZERO_MONEY;
        BigDecimal d = Decimals.money(deposited);
        return new FinancialSnapshot(1, date, Currency.of(currency), 1, d, z, Decimals.money("1"), z, z, z, z, z,
                d.subtract(Decimals.money("1")), Decimals.money("1001"), Decimals.money("-3.5"), Decimals.ZERO_PERCENT,
                true, Decimals.money("997.5"), Decimals.percent(new BigDecimal("-0.349650")), 0);
    }

    @Test
    void snapshotsAsCsvHaveTheFixtureColumnsThenTheExtrasWithStoredDecimals() {
        cli.app.financials.add(snapshot(LocalDate.of(2024, 1, 2), "USD", "10000"));
        Result result = cli.run("snapshots", "--account", "main", "--format", "csv");

        assertThat(result.exit()).isZero();
        assertThat(result.out().lines().toList()).containsExactly(
                "date,currency,movementCount,deposited,withdrawn,commissions,fees,dividendsReceived,optionsIncome,"
                        + "otherIncome,realizedGains,netCashFlow,invested,unrealizedGains,realizedPercentage,openTrades,"
                        + "marketValue,unrealizedPercentage,unpricedPositions",
                "2024-01-02,USD,1,10000.000000,0.000000,1.000000,0.000000,0.000000,0.000000,0.000000,0.000000,"
                        + "9999.000000,1001.000000,-3.500000,0.000000,true,997.500000,-0.349650,0");
    }

    @Test
    void snapshotsAsJsonPrintPlainDecimalNumbers() {
        cli.app.financials.add(snapshot(LocalDate.of(2024, 1, 2), "USD", "10000"));
        Result result = cli.run("--format", "JSON", "snapshots", "--account", "main");
        assertThat(result.out()).startsWith("[\n  {\"date\": \"2024-01-02\", \"currency\": \"USD\", \"movementCount\": 1, "
                + "\"deposited\": 10000.000000, ")
                .contains("\"openTrades\": true, \"marketValue\": 997.500000, \"unrealizedPercentage\": -0.349650, "
                        + "\"unpricedPositions\": 0}\n]");
    }

    @Test
    void snapshotsAsTableRoundMoneyToTheCentAndAlignNumbersRight() {
        cli.app.financials.add(snapshot(LocalDate.of(2024, 1, 2), "USD", "10000"));
        cli.app.financials.add(snapshot(LocalDate.of(2024, 1, 3), "EUR", "5"));
        Result result = cli.run("snapshots", "--account", "main", "--wide");
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("date        currency  movementCount  deposited");
        assertThat(lines.get(1)).startsWith("2024-01-02  USD                   1   10000.00");
        assertThat(lines.get(2)).startsWith("2024-01-03  EUR                   1       5.00");
    }

    @Test
    void snapshotsFilterByCurrencyAndRange() {
        cli.app.financials.add(snapshot(LocalDate.of(2024, 1, 2), "USD", "1"));
        cli.app.financials.add(snapshot(LocalDate.of(2024, 1, 3), "EUR", "2"));
        cli.app.financials.add(snapshot(LocalDate.of(2024, 1, 4), "USD", "3"));
        Result result = cli.run("snapshots", "-a", "main", "--currency", "USD", "--from", "2024-01-03", "--format", "csv");
        assertThat(result.out().lines().skip(1).toList()).singleElement().asString().startsWith("2024-01-04,USD");
    }

    @Test
    void anUnknownAccountIsBadInputOnOneLine() {
        Result result = cli.run("snapshots", "--account", "nope");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("error: account 'nope' not found\n");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void recomputePassesTheStrategyAndDateAndReportsTheRun() {
        for (Strategy strategy : Strategy.values()) {
            Result result = cli.run("recompute", "-a", "main", "--from", "2024-01-01", "--strategy", strategy.name().toLowerCase());
            assertThat(result.exit()).isZero();
            assertThat(result.out()).isEqualTo("recomputed 'main': snapshots up to date, 4 dates from 2024-01-01\n");
            Result verbose = cli.run("recompute", "-a", "main", "--from", "2024-01-01", "--strategy", strategy.name(), "--verbose");
            assertThat(verbose.out()).contains("processed 2024-01-01..2026-01-01: 4 dates, 2 movements, rows A 3, E 1");
        }
        assertThat(cli.app.recomputes).extracting(r -> r.strategy()).containsExactly(Strategy.PER_DATE, Strategy.PER_DATE,
                Strategy.BATCH, Strategy.BATCH, Strategy.AUTO, Strategy.AUTO);
    }

    @Test
    void aDeferredRunIsAWarningNotAFailure() {
        cli.app.nextStatus = RunStatus.DEFERRED;
        Result result = cli.run("recompute", "-a", "main");
        assertThat(result.exit()).isZero();
        assertThat(result.err()).contains("warning: the account is being processed by another run");
    }

    @Test
    void aFailedRunExitsWithOne() {
        cli.app.nextStatus = RunStatus.FAILED;
        Result result = cli.run("recompute", "-a", "main");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("error: processing failed: boom");
    }

    @Test
    void aFallbackIsReportedAsAWarningWithVerbose() {
        cli.app.nextStatus = RunStatus.FELL_BACK;
        Result result = cli.run("recompute", "-a", "main", "--verbose");
        assertThat(result.exit()).isZero();
        assertThat(result.err()).contains("warning: batch processing failed (PERSIST_FAILED)");
        // without --verbose the strategy used is the engine's business: the result is the same
        cli.app.nextStatus = RunStatus.FELL_BACK;
        assertThat(cli.run("recompute", "-a", "main").err()).doesNotContain("PERSIST_FAILED");
    }

    @Test
    void batchModeSwitchesAndShowsTheSwitch() {
        assertThat(cli.run("batch-mode", "off").out()).isEqualTo("batch mode: off (persisted)\n");
        assertThat(cli.run("batch-mode", "status").out()).isEqualTo("batch mode: off (persisted)\n");
        assertThat(cli.run("batch-mode", "ON").out()).isEqualTo("batch mode: on (persisted)\n");
        assertThat(cli.app.updates).extracting(u -> u.batchEnabled()).containsExactly(false, true);
        assertThat(cli.run("batch-mode", "maybe").exit()).isEqualTo(2);
    }

    @Test
    void processingSetStoresStrategiesPerTrigger() {
        Result result = cli.run("processing", "set", "--strategy", "EDIT=PER_DATE", "--strategy", "import=auto",
                "--rollout", "50");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(cli.app.updates.get(0).strategies()).containsEntry(Trigger.EDIT, Strategy.PER_DATE)
                .containsEntry(Trigger.IMPORT, Strategy.AUTO);
        assertThat(result.out()).contains("strategy.edit", "PER_DATE", "batch.rolloutPercent", "50");
    }

    @Test
    void processingSetRejectsAnOutOfRangeRollout() {
        Result result = cli.run("processing", "set", "--rollout", "150");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("error: rollout must be between 0 and 100, got 150\n");
    }

    @Test
    void metricsAndRunsComeFromTheRunLog() {
        cli.run("recompute", "-a", "main", "--strategy", "PER_DATE");
        Result metrics = cli.run("metrics", "--format", "csv");
        assertThat(metrics.out()).contains("batchAttempts,4\n", "fallbacks.PERSIST_FAILED,1\n", "averageMs.BATCH,12.50\n");

        Result runs = cli.run("runs", "--format", "csv");
        assertThat(runs.out().lines().toList()).hasSize(2);
        assertThat(runs.out().lines().toList().get(1)).contains(",RECOMPUTE,PER_DATE,PER_DATE,");
    }

    @Test
    void verifyExitsWithThreeOnDifferencesAndZeroWhenRepaired() {
        assertThat(cli.run("verify").exit()).isZero();
        cli.app.differences = List.of(new Difference(1, LocalDate.of(2024, 1, 2), "financial", "USD", "1", "2"));
        Result differs = cli.run("verify", "--account", "main");
        assertThat(differs.exit()).isEqualTo(3);
        assertThat(differs.out()).contains("2024-01-02  financial  USD");
        Result repaired = cli.run("verify", "--repair");
        assertThat(repaired.exit()).isZero();
        assertThat(repaired.out()).contains("repaired 1 differing rows");
    }

    @Test
    void priceAndSplitAddRecordReferenceData() {
        assertThat(cli.run("price", "add", "--ticker", "aapl", "--date", "2024-01-04", "--close", "112").exit()).isZero();
        assertThat(cli.run("split", "add", "--ticker", "AAPL", "--date", "2024-01-09", "--ratio", "2").exit()).isZero();
        assertThat(cli.app.prices).singleElement().satisfies(p -> assertThat(p.close()).isEqualByComparingTo("112"));
        assertThat(cli.app.splits).singleElement().satisfies(s -> assertThat(s.ratio()).hasToString("2"));
    }

    @Test
    void splitAddKeepsAReverseRatioExactAndRefusesARoundedOneInOneLine() {
        assertThat(cli.run("split", "add", "--ticker", "XYZ", "--date", "2024-01-09", "--ratio", "1:3").exit()).isZero();
        assertThat(cli.app.splits).singleElement().satisfies(s -> assertThat(s.ratio()).hasToString("1:3"));

        Result refused = cli.run("split", "add", "--ticker", "XYZ", "--date", "2024-01-10", "--ratio", "0.33333333");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("error: ratio 0.33333333 is not an exact ratio; write it as n:d "
                + "(e.g. 1:3 for a one-for-three reverse split)\n");
        assertThat(cli.app.splits).hasSize(1);
    }

    @Test
    void splitListShowsRatiosAsWrittenInEveryFormat() {
        assertThat(cli.run("split", "list", "--format", "json").out()).isEqualTo("[]\n");
        assertThat(cli.run("split", "list").out()).isEqualTo("no splits recorded\n");
        cli.run("split", "add", "--ticker", "XYZ", "--date", "2024-01-09", "--ratio", "1:3");
        cli.run("split", "add", "--ticker", "ABC", "--date", "2024-02-01", "--ratio", "3:2");
        cli.run("split", "add", "--ticker", "ABC", "--date", "2024-01-01", "--ratio", "2:1");

        assertThat(cli.run("split", "list", "--format", "csv").out())
                .isEqualTo("ticker,date,ratio\nABC,2024-01-01,2\nABC,2024-02-01,3:2\nXYZ,2024-01-09,1:3\n");
        assertThat(cli.run("split", "list", "--ticker", "xyz", "--format", "json").out())
                .contains("\"ratio\": \"1:3\"").doesNotContain("ABC");
        assertThat(cli.run("split", "list").out()).contains("1:3").contains("3:2");
    }

    @Test
    void refreshReportsOneSummaryLineAndEachAccountOnlyWithVerbose() {
        Result result = cli.run("refresh");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).doesNotContain("account #1:");
        assertThat(result.out().lines()).hasSize(1).first().asString()
                .startsWith("refreshed 1 account in ").endsWith("with 1 worker: 1 processed, 0 failed, 0 deferred");

        Result verbose = cli.run("refresh", "--verbose");
        assertThat(verbose.exit()).isZero();
        assertThat(verbose.out()).contains("account #1:", "processed ", "refreshed 1 account");
    }

    @Test
    void refreshSummaryFollowsTheFormat() {
        Result json = cli.run("refresh", "--format", "json", "--workers", "3");
        assertThat(json.exit()).isZero();
        assertThat(json.out()).contains("\"accounts\"", "\"processed\"", "\"workers\"").contains("3");
        assertThat(json.out().strip()).startsWith("[").endsWith("]");

        Result csv = cli.run("refresh", "--format", "csv");
        assertThat(csv.out().lines().toList()).hasSize(2);
        assertThat(csv.out().lines().toList().get(0)).isEqualTo("accounts,processed,failed,deferred,workers,ms");
        assertThat(csv.out().lines().toList().get(1)).startsWith("1,1,0,0,1,");
    }

    @Test
    void refreshAsksForTheWorkersAndLeaseGivenAndRejectsTooManyWorkersInOneLine() {
        assertThat(cli.run("refresh", "--workers", "2", "--lease-seconds", "7").exit()).isZero();
        assertThat(cli.app.refreshes).last().satisfies(r -> {
            assertThat(r.workers()).isEqualTo(2);
            assertThat(r.lease()).hasSeconds(7);
        });

        Result tooMany = cli.run("refresh", "--workers", "9");
        assertThat(tooMany.exit()).isEqualTo(2);
        assertThat(tooMany.err().lines()).hasSize(1).first().asString().contains("--workers must be between 1 and 4");
    }

    @Test
    void quietPrintsNothingOnSuccessButTheIdsAskedForInCsvOrJson() {
        Result quiet = cli.run("movement", "add", "-a", "main", "--kind", "DEPOSIT", "--date", "2024-01-05",
                "--amount", "100", "--quiet");
        assertThat(quiet.exit()).isZero();
        assertThat(quiet.out()).isEmpty();
        assertThat(quiet.err()).isEmpty();

        Result json = cli.run("movement", "add", "-a", "main", "--kind", "DEPOSIT", "--date", "2024-01-06",
                "--amount", "100", "--quiet", "--format", "csv");
        assertThat(json.out()).startsWith("id,date,").contains("\n2,2024-01-06,");
        assertThat(json.err()).isEmpty();
    }

    @Test
    void snapshotsPickTheirColumnsAndTheLastDates() {
        cli.app.financials.add(snapshot(LocalDate.of(2024, 1, 2), "USD", "1"));
        cli.app.financials.add(snapshot(LocalDate.of(2024, 1, 3), "EUR", "2"));
        cli.app.financials.add(snapshot(LocalDate.of(2024, 1, 3), "USD", "2"));
        cli.app.financials.add(snapshot(LocalDate.of(2024, 1, 4), "USD", "3"));

        assertThat(cli.run("snapshots", "-a", "main", "--last", "2", "--columns", "date,currency", "--format", "csv").out())
                .isEqualTo("date,currency\n2024-01-03,EUR\n2024-01-03,USD\n2024-01-04,USD\n");
        Result unknown = cli.run("snapshots", "-a", "main", "--columns", "date,nope");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("error: --columns: unknown column 'nope'; valid columns: date,currency,")
                .hasLineCount(1);
        String table = cli.run("snapshots", "-a", "main").out();
        assertThat(table.lines()).allMatch(line -> line.length() <= 120);
        assertThat(table.lines().findFirst().orElseThrow()).doesNotContain("movementCount");
        assertThat(cli.run("snapshots", "-a", "main", "--wide").out().lines().findFirst().orElseThrow())
                .contains("movementCount").contains("unpricedPositions");
    }

    @Test
    void aFailedAccountOfARefreshIsOneErrorLineNamingItAndTheExitIsOne() {
        cli.app.nextStatus = RunStatus.FAILED;
        Result result = cli.run("refresh");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err().lines().filter(l -> l.contains("#1")).toList()).singleElement().asString()
                .startsWith("error: account 'main' (#1)").contains("boom")
                .contains("its snapshots are left as they were");
        assertThat(result.out()).doesNotContain("account #1:");
    }

    @Test
    void theBenchIsAProgramOfItsOwnAndTheHelpSaysHowToRunIt() {
        assertThat(cli.run("--help").out()).contains("bin/snapfolio bench --help");
        Result result = cli.run("bench", "--quick");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("bench");
    }

    @Test
    void aProgramTakingTheGlobalOptionsGetsTheRestOfTheLineInOrder() {
        assertThat(Cli.withoutGlobalOptions("--today", "2026-01-01", "bench", "-v", "--years", "2,10", "-D", "a=b",
                "--json", "out.json", "--db-dir=/tmp/db", "--seed", "7")).containsExactly("bench", "--years", "2,10",
                "--json", "out.json", "--seed", "7");
        assertThat(Cli.withoutGlobalOptions("bench", "--", "--today")).containsExactly("bench", "--", "--today");
    }

    @Test
    void dbStatusPrintsWhatTheDatabaseSays() {
        assertThat(cli.run("db", "status").out()).isEqualTo("database: embedded\nrunning: yes\n");
    }

    @Test
    void demoImportsAHistoryWithPricesAndPrintsItsLatestSnapshots() {
        cli.app.financials.add(snapshot(LocalDate.of(2025, 12, 30), "USD", "1"));
        Result result = cli.run("demo", "--years", "2");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(cli.app.accounts).extracting(a -> a.name()).contains("demo");
        assertThat(cli.app.movements).hasSizeGreaterThan(100);
        assertThat(cli.app.movements).allSatisfy(m -> assertThat(m.timestamp().toLocalDate()).isBefore(LocalDate.of(2026, 1, 1)));
        assertThat(cli.app.movements.stream().map(Movement::kind).distinct()).contains(MovementKind.TRADE,
                MovementKind.OPTION_TRADE, MovementKind.OPTION_EVENT, MovementKind.DIVIDEND, MovementKind.CONVERSION);
        assertThat(cli.app.prices).isNotEmpty();
        assertThat(cli.app.splits).isNotEmpty();
        assertThat(result.out()).contains("demo account 'demo'", "latest snapshots");
        assertThat(result.err()).contains("storing and processing");
        assertThat(cli.app.prices).allSatisfy(p -> assertThat(p.ticker().symbol()).startsWith("DEMO:"));
        assertThat(cli.app.splits).allSatisfy(x -> assertThat(x.ticker().reservedForDemo()).isTrue());
        assertThat(cli.app.movements).allSatisfy(m -> assertThat(m.detail().ticker() == null
                || m.detail().ticker().symbol().startsWith("DEMO:")).isTrue());

        int before = cli.app.prices.size();
        assertThat(cli.run("demo", "--years", "1").out()).contains("demo account 'demo-2'");
        assertThat(cli.app.prices.subList(before, cli.app.prices.size()))
                .as("a second demo has tickers of its own").allSatisfy(p -> assertThat(p.ticker().symbol()).startsWith("DEMO2:"));
    }

    @Test
    void theFirstDepositIsAlwaysTheDemosOpening() {
        cli.run("demo", "--years", "1");
        Movement first = cli.app.movements.get(0);
        assertThat(first.detail()).isInstanceOf(Deposit.class);
    }

    @Test
    void importHandsTheFilesRowsToTheUseCaseInOneCall() {
        Path file = Fixtures.file("generic/stocks-and-events.movements.csv");
        long rows = lines(file) - 1;
        Result result = cli.run("import", file.toString(), "--account", "main", "--source", "generic");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(cli.app.movements).hasSize((int) rows);
        assertThat(result.out()).contains("imported stocks-and-events.movements.csv into 'main' as import #1: " + rows + " rows read, "
                + rows + " movements added, 0 already present");
    }

    @Test
    void aBrokenImportFileIsBadInputNamingFileAndLineAndNothingIsImported(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.csv");
        Files.writeString(file, Files.readAllLines(Fixtures.file("generic/stocks-and-events.movements.csv")).get(0)
                + "\n2024-01-02,09:00,DEPOSIT,USD,ten,,,,,0,0,,,,,,,,,,,,,,\n");
        Result result = cli.run("import", file.toString(), "-a", "main", "--source", "generic");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("broken.csv:2: column amount: not a number 'ten'\n");
        assertThat(cli.app.movements).isEmpty();
    }

    @Test
    void anUnknownImportSourceIsBadUsage() {
        Result result = cli.run("import", "x.csv", "-a", "main", "--source", "ibkr");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("error: --source: unknown import source 'ibkr'");
    }

    @Test
    void priceAndSplitImportReadTheirFiles() {
        Path prices = Fixtures.file("generic/stocks-and-events.prices.csv");
        assertThat(cli.run("price", "import", prices.toString()).exit()).isZero();
        assertThat(cli.app.prices).hasSize((int) lines(prices) - 1);
        assertThat(cli.run("split", "import", Fixtures.file("generic/stocks-and-events.splits.csv").toString()).exit())
                .isZero();
        assertThat(cli.app.splits).hasSize(1);
    }

    private static long lines(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
