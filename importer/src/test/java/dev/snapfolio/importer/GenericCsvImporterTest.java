package dev.snapfolio.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportRow;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Conversion;
import dev.snapfolio.domain.movement.Deposit;
import dev.snapfolio.domain.movement.Dividend;
import dev.snapfolio.domain.movement.DividendTax;
import dev.snapfolio.domain.movement.Fee;
import dev.snapfolio.domain.movement.Interest;
import dev.snapfolio.domain.movement.InterestPaid;
import dev.snapfolio.domain.movement.LendingIncome;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.MovementDetail;
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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GenericCsvImporterTest {
    private static final String HEADER = String.join(",", GenericCsvImporter.COLUMNS);
    private final MovementFileImporter importer = MovementFileImporter.forSource("GENERIC");

    /** A generic row from column=value pairs; the rest empty. */
    private static String row(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            String column = pair.substring(0, eq);
            if (!GenericCsvImporter.COLUMNS.contains(column)) {
                throw new IllegalArgumentException("no column " + column);
            }
            values.put(column, pair.substring(eq + 1));
        }
        return GenericCsvImporter.COLUMNS.stream().map(c -> values.getOrDefault(c, "")).collect(Collectors.joining(","));
    }

    private List<ImportRow> read(String... rows) {
        String text = HEADER + "\n" + String.join("\n", rows) + "\n";
        return importer.read(new StringReader(text), "g.csv", 5, ImportOptions.defaults()).rows();
    }

    private MovementDetail only(String... pairs) {
        List<ImportRow> rows = read(row(pairs));
        assertThat(rows).hasSize(1);
        return rows.get(0).movement().detail();
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static final String[] OPTION = {"underlying=MSFT", "callPut=put", "strike=400", "expiration=2024-02-16"};
    private static final OptionContract MSFT_400 = OptionContract.of("MSFT", OptionType.PUT, "400", LocalDate.of(2024, 2, 16));

    private static String[] option(String... more) {
        String[] all = Arrays.copyOf(OPTION, OPTION.length + more.length);
        System.arraycopy(more, 0, all, OPTION.length, more.length);
        return all;
    }

    @Test
    void cashKindsReadTheirAmounts() {
        assertThat(only("date=2024-01-02", "kind=DEPOSIT", "currency=USD", "amount=100", "fees=1"))
                .isEqualTo(new Deposit(d("100"), null, d("1")));
        assertThat(only("date=2024-01-02", "kind=withdrawal", "currency=USD", "amount=25", "commissions=0.5"))
                .isEqualTo(new Withdrawal(d("25"), d("0.5"), null));
        assertThat(only("date=2024-01-02", "kind=FEE", "currency=USD", "amount=-3")).isEqualTo(new Fee(d("-3")));
        assertThat(only("date=2024-01-02", "kind=INTEREST", "currency=EUR", "amount=1.5")).isEqualTo(new Interest(d("1.5")));
        assertThat(only("date=2024-01-02", "kind=INTEREST_PAID", "currency=USD", "amount=4"))
                .isEqualTo(new InterestPaid(d("4")));
        assertThat(only("date=2024-01-02", "kind=LENDING_INCOME", "currency=USD", "amount=0.07"))
                .isEqualTo(new LendingIncome(d("0.07")));
        assertThat(only("date=2024-01-02", "kind=DIVIDEND", "currency=USD", "ticker=aapl", "amount=2.40"))
                .isEqualTo(new Dividend(Ticker.of("AAPL"), d("2.4")));
        assertThat(only("date=2024-01-02", "kind=DIVIDEND_TAX", "currency=USD", "ticker=AAPL", "amount=0.36"))
                .isEqualTo(new DividendTax(Ticker.of("AAPL"), d("0.36")));
        assertThat(only("date=2024-01-02", "kind=CONVERSION", "currency=USD", "amount=1000", "fees=2",
                "targetCurrency=EUR", "amountIn=900")).isEqualTo(new Conversion(d("1000"), Currency.EUR, d("900"), d("2")));
    }

    @Test
    void shareKindsReadTickerQuantityAndPrice() {
        assertThat(only("date=2024-01-02", "kind=TRADE", "currency=USD", "ticker=AAPL", "side=sell", "quantity=12",
                "price=120", "commissions=1", "fees=0.12"))
                .isEqualTo(new Trade(Ticker.of("AAPL"), Side.SELL, d("12"), d("120"), d("1"), d("0.12")));
        assertThat(only("date=2024-01-02", "kind=SECURITY_IN", "currency=USD", "ticker=MSFT", "quantity=10",
                "costPerShare=310.25")).isEqualTo(new SecurityIn(Ticker.of("MSFT"), d("10"), d("310.25")));
        assertThat(only("date=2024-01-02", "kind=SECURITY_OUT", "currency=USD", "ticker=MSFT", "quantity=4"))
                .isEqualTo(new SecurityOut(Ticker.of("MSFT"), d("4"), null));
    }

    @Test
    void optionKindsReadTheirContract() {
        assertThat(only(option("date=2024-01-15", "kind=OPTION_TRADE", "currency=USD", "action=SELL_TO_OPEN",
                "contracts=3", "premium=300", "commissions=3", "fees=0.42")))
                .isEqualTo(new OptionTrade(MSFT_400, OptionAction.SELL_TO_OPEN, d("3"), d("300"), d("3"), d("0.42")));
        assertThat(only(option("date=2024-02-16", "kind=OPTION_EVENT", "currency=USD", "event=ASSIGNED", "contracts=1")))
                .isEqualTo(new OptionEvent(MSFT_400, OptionEventType.ASSIGNED, d("1"), null));
        assertThat(only(option("date=2024-02-16", "kind=OPTION_EVENT", "currency=USD", "event=EXERCISED", "contracts=1",
                "amount=-150"))).isEqualTo(new OptionEvent(MSFT_400, OptionEventType.EXERCISED, d("1"), d("-150")));
        assertThat(only(option("date=2024-02-01", "kind=OPTION_ADJUSTMENT", "currency=USD", "contracts=2",
                "newStrike=392.5"))).isEqualTo(new OptionAdjustment(MSFT_400, d("392.5"), d("2")));
        OptionTrade mini = (OptionTrade) only(option("date=2024-01-15", "kind=OPTION_TRADE", "currency=USD",
                "multiplier=10", "action=BUY_TO_OPEN", "contracts=1", "premium=-30"));
        assertThat(mini.contract().multiplier()).isEqualByComparingTo("10");
    }

    @Test
    void everyKindIsCoveredByThisTest() {
        // Keeps the per-kind tests above honest when a kind is added to the domain.
        Set<MovementKind> tested = EnumSet.of(MovementKind.DEPOSIT, MovementKind.WITHDRAWAL, MovementKind.FEE,
                MovementKind.INTEREST, MovementKind.INTEREST_PAID, MovementKind.LENDING_INCOME, MovementKind.DIVIDEND,
                MovementKind.DIVIDEND_TAX, MovementKind.CONVERSION, MovementKind.TRADE, MovementKind.SECURITY_IN,
                MovementKind.SECURITY_OUT, MovementKind.OPTION_TRADE, MovementKind.OPTION_EVENT,
                MovementKind.OPTION_ADJUSTMENT);
        assertThat(tested).containsExactlyInAnyOrder(MovementKind.values());
    }

    @Test
    void aMissingTimeIsMidnightAndTiesKeepFileOrder() {
        List<ImportRow> rows = read(
                row("date=2024-01-03", "time=10:00:30", "kind=DEPOSIT", "currency=USD", "amount=3"),
                row("date=2024-01-03", "kind=DEPOSIT", "currency=USD", "amount=1"),
                row("date=2024-01-02", "time=23:00", "kind=DEPOSIT", "currency=USD", "amount=0.5"),
                row("date=2024-01-03", "kind=DEPOSIT", "currency=USD", "amount=2"));
        assertThat(rows).extracting(r -> ((Deposit) r.movement().detail()).amount())
                .containsExactly(d("0.500000"), d("1.000000"), d("2.000000"), d("3.000000"));
        assertThat(rows.get(1).movement().timestamp()).isEqualTo(LocalDateTime.of(2024, 1, 3, 0, 0));
        assertThat(rows).extracting(ImportRow::location).containsExactly("g.csv:4", "g.csv:3", "g.csv:5", "g.csv:2");
    }

    @Test
    void aHeaderMayLeaveOutColumnsNoKindOfTheFileUses() {
        String text = "date,kind,currency,amount\n2024-01-02,DEPOSIT,USD,\"1,000\"\n";
        List<ImportRow> rows = importer.read(new StringReader(text), "g.csv", 5, ImportOptions.defaults()).rows();
        assertThat(rows.get(0).movement().detail()).isEqualTo(new Deposit(d("1000")));
    }

    @Test
    void aValueInAColumnTheKindDoesNotUseIsAnError() {
        assertThatThrownBy(() -> read(row("date=2024-01-02", "kind=DEPOSIT", "currency=USD", "amount=100", "price=5")))
                .isInstanceOf(ImportException.class)
                .hasMessage("g.csv:2: column price: is not used by kind DEPOSIT (leave it empty; DEPOSIT uses amount,"
                        + " commissions, fees)");
    }

    @Test
    void domainRuleViolationsNameTheirColumn() {
        assertThatThrownBy(() -> read(row("date=2024-01-02", "kind=TRADE", "currency=USD", "ticker=A", "side=BUY",
                "quantity=-3", "price=5"))).hasMessage("g.csv:2: column quantity: must be > 0, got -3");
        assertThatThrownBy(() -> read(row(option("date=2024-01-15", "kind=OPTION_TRADE", "currency=USD",
                "action=BUY_TO_OPEN", "contracts=1", "premium=30"))))
                .hasMessage("g.csv:2: column premium: of a BUY_TO_OPEN must be <= 0 (cash paid), got 30.000000");
        assertThatThrownBy(() -> read(row(option("date=2024-03-01", "kind=OPTION_TRADE", "currency=USD",
                "action=BUY_TO_OPEN", "contracts=1", "premium=-30"))))
                .hasMessage("g.csv:2: column date: timestamp of an option trade must be on or before its expiration"
                        + " 2024-02-16, got 2024-03-01");
        assertThatThrownBy(() -> read(row("date=2024-01-02", "kind=TRADE", "currency=USD", "ticker=A", "side=BUY",
                "quantity=3"))).hasMessage("g.csv:2: column price: is required for kind TRADE");
        assertThatThrownBy(() -> read(row("date=2024-01-02", "kind=TRADE", "currency=USD", "ticker=A", "side=HOLD",
                "quantity=3", "price=1"))).hasMessage("g.csv:2: column side: unknown value 'HOLD' (expected one of BUY, SELL)");
    }

    @Test
    void aMissingNumberTheKindNeedsIsNamedWithTheKind() {
        assertThatThrownBy(() -> read(row("date=2024-01-02", "kind=DEPOSIT", "currency=USD", "fees=1")))
                .hasMessage("g.csv:2: column amount: is required for kind DEPOSIT");
        assertThatThrownBy(() -> read(row(option("date=2024-01-15", "kind=OPTION_TRADE", "currency=USD",
                "action=SELL_TO_OPEN", "premium=30"))))
                .hasMessage("g.csv:2: column contracts: is required for kind OPTION_TRADE");
    }

    @Test
    void movementsCarryAccountNotesAndLocation() {
        ImportRow row = read(row("date=2024-01-02", "kind=DEPOSIT", "currency=USD", "amount=1",
                "notes=\"Robert'); DROP TABLE movement;--\"")).get(0);
        Movement m = row.movement();
        assertThat(m.accountId()).isEqualTo(5);
        assertThat(m.notes()).isEqualTo("Robert'); DROP TABLE movement;--");
        assertThat(row.location()).isEqualTo("g.csv:2");
    }

    @Test
    void theDocumentedExampleParsesAndShowsEveryKind() throws java.io.IOException {
        java.nio.file.Path doc = Fixture.path("..").resolve("docs/GENERIC-CSV.md").normalize();
        String markdown = java.nio.file.Files.readString(doc);
        int start = markdown.indexOf("```csv\ndate,time,kind");
        String example = markdown.substring(markdown.indexOf('\n', start) + 1, markdown.indexOf("```", start + 6));
        List<ImportRow> rows = importer.read(new StringReader(example), "GENERIC-CSV.md", 1, ImportOptions.defaults())
                .rows();
        assertThat(rows).extracting(r -> r.movement().kind()).containsAll(List.of(MovementKind.values()));
    }
}
