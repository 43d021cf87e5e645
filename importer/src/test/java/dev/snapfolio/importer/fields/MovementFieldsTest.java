package dev.snapfolio.importer.fields;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MovementFieldsTest {
    private static final OptionContract PUT = new OptionContract(Ticker.of("SOFI"), OptionType.PUT, new BigDecimal("6.5"),
            LocalDate.of(2024, 5, 10), 100);

    /** One movement of every kind, with every field it has set to something other than its default. */
    static List<MovementDetail> oneOfEachKind() {
        List<MovementDetail> details = List.of(
                new Deposit(new BigDecimal("1000"), new BigDecimal("1"), new BigDecimal("0.5")),
                new Withdrawal(new BigDecimal("200"), new BigDecimal("1"), new BigDecimal("0.5")),
                new Fee(new BigDecimal("-3")),
                new Interest(new BigDecimal("4.2")),
                new InterestPaid(new BigDecimal("1.1")),
                new LendingIncome(new BigDecimal("0.3")),
                new Dividend(Ticker.of("AAPL"), new BigDecimal("12")),
                new DividendTax(Ticker.of("AAPL"), new BigDecimal("1.8")),
                new Trade(Ticker.of("AAPL"), Side.SELL, new BigDecimal("10"), new BigDecimal("101.25"),
                        new BigDecimal("1"), new BigDecimal("0.02")),
                new OptionTrade(new OptionContract(Ticker.of("ES"), OptionType.CALL, new BigDecimal("5000"),
                        LocalDate.of(2024, 6, 21), 50), OptionAction.SELL_TO_OPEN, new BigDecimal("2"),
                        new BigDecimal("35"), new BigDecimal("1"), new BigDecimal("0.14")),
                new OptionEvent(PUT, OptionEventType.ASSIGNED, new BigDecimal("1"), new BigDecimal("2.5")),
                new OptionAdjustment(PUT, new BigDecimal("6.25"), new BigDecimal("1")),
                new SecurityIn(Ticker.of("MSFT"), new BigDecimal("3"), new BigDecimal("250")),
                new SecurityOut(Ticker.of("MSFT"), new BigDecimal("1"), new BigDecimal("250")),
                new Conversion(new BigDecimal("100"), Currency.of("EUR"), new BigDecimal("91.5"), new BigDecimal("0.4")));
        assertThat(details.stream().map(MovementDetail::kind).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(MovementKind.class));
        return details;
    }

    private static Movement movement(MovementDetail detail) {
        return new Movement(7, 1, LocalDateTime.of(2024, 3, 4, 10, 30), Currency.USD, detail, "a note", null);
    }

    @ParameterizedTest
    @MethodSource("oneOfEachKind")
    void aDetailBuiltFromTheValuesItListsIsTheSameDetail(MovementDetail detail) {
        Map<MovementField, Object> listed = MovementFields.values(movement(detail));

        MovementDetail rebuilt = MovementFields.build(detail.kind(), new ListedValues(listed));

        assertThat(rebuilt).isEqualTo(detail);
    }

    @ParameterizedTest
    @MethodSource("oneOfEachKind")
    void aMovementListsExactlyTheCommonFieldsAndThoseOfItsKind(MovementDetail detail) {
        Map<MovementField, Object> listed = MovementFields.values(movement(detail));

        Set<MovementField> expected = Arrays.stream(MovementField.values()).filter(f -> f.usedBy(detail.kind()))
                .collect(Collectors.toSet());
        assertThat(listed.keySet()).isEqualTo(expected);
        assertThat(listed).containsEntry(MovementField.DATE, LocalDate.of(2024, 3, 4))
                .containsEntry(MovementField.TIME, "10:30").containsEntry(MovementField.KIND, detail.kind().name())
                .containsEntry(MovementField.CURRENCY, "USD").containsEntry(MovementField.NOTES, "a note");
    }

    @Test
    void theFieldsAreTheGenericCsvColumnsInTheirDocumentedOrder() {
        assertThat(MovementField.columns()).containsExactly("date", "time", "kind", "currency", "amount", "ticker", "side",
                "quantity", "price", "commissions", "fees", "underlying", "callPut", "strike", "expiration", "multiplier",
                "action", "event", "contracts", "premium", "newStrike", "costPerShare", "targetCurrency", "amountIn",
                "notes");
    }

    @Test
    void flagsAreTheColumnsInKebabCaseExceptCallPut() {
        assertThat(MovementField.COST_PER_SHARE.flag()).isEqualTo("--cost-per-share");
        assertThat(MovementField.AMOUNT.flag()).isEqualTo("--amount");
        assertThat(MovementField.CALL_PUT.flag()).isEqualTo("--type");
        assertThat(MovementField.ofColumn("newStrike")).isEqualTo(MovementField.NEW_STRIKE);
        assertThat(MovementField.ofColumn("nope")).isNull();
    }

    @Test
    void everyDetailFieldIsUsedBySomeKindAndOnlyDetailFieldsBelongToKinds() {
        Set<MovementField> used = Arrays.stream(MovementKind.values())
                .flatMap(k -> MovementFields.detailFields(k).stream()).collect(Collectors.toSet());
        assertThat(used).containsExactlyInAnyOrderElementsOf(MovementField.detailFields());
        assertThat(MovementFields.detailFields(MovementKind.TRADE)).containsExactly(MovementField.TICKER,
                MovementField.SIDE, MovementField.QUANTITY, MovementField.PRICE, MovementField.COMMISSIONS,
                MovementField.FEES);
        assertThat(MovementField.TICKER.usedBy(MovementKind.DEPOSIT)).isFalse();
        assertThat(MovementField.NOTES.usedBy(MovementKind.DEPOSIT)).isTrue();
    }

    @Test
    void numericFieldsAreTheNumbersOfTheGenericFormat() {
        assertThat(MovementField.detailFields().stream().filter(f -> f.type().numeric()).map(MovementField::column))
                .containsExactly("amount", "quantity", "price", "commissions", "fees", "strike", "multiplier",
                        "contracts", "premium", "newStrike", "costPerShare", "amountIn");
    }

    /** Reads listed values back the way a text source would (tickers, choices and currencies as text). */
    private record ListedValues(Map<MovementField, Object> values) implements MovementFields.Source {
        @Override
        public BigDecimal number(MovementField field) {
            return (BigDecimal) values.get(field);
        }

        @Override
        public BigDecimal requiredNumber(MovementField field) {
            return (BigDecimal) required(field);
        }

        @Override
        public Integer whole(MovementField field) {
            return (Integer) values.get(field);
        }

        @Override
        public Ticker ticker(MovementField field) {
            return Ticker.of((String) required(field));
        }

        @Override
        public Currency currency(MovementField field) {
            return Currency.of((String) required(field));
        }

        @Override
        public LocalDate date(MovementField field) {
            return (LocalDate) required(field);
        }

        @Override
        public <E extends Enum<E>> E choice(MovementField field, Class<E> type) {
            return Enum.valueOf(type, ((String) required(field)).toUpperCase(Locale.ROOT));
        }

        private Object required(MovementField field) {
            Object value = values.get(field);
            if (value == null) {
                throw new AssertionError(field + " was not listed");
            }
            return value;
        }
    }
}
