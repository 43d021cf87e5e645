package dev.snapfolio.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.domain.calc.DayResult;
import dev.snapfolio.domain.calc.HistoryFold;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.MovementKind;
import dev.snapfolio.domain.movement.OptionAction;
import dev.snapfolio.domain.movement.OptionEvent;
import dev.snapfolio.domain.movement.OptionEventType;
import dev.snapfolio.domain.movement.OptionTrade;
import dev.snapfolio.domain.reference.Price;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HistoryGeneratorTest {

    static List<String> presets() {
        return HistorySpec.presetNames();
    }

    @Test
    void sameSeedGivesTheSameHistory() {
        HistorySpec spec = HistorySpec.preset("year").withSeed(42);
        GeneratedHistory first = HistoryGenerator.generate(spec);
        GeneratedHistory second = HistoryGenerator.generate(spec);
        assertThat(second.movements()).isEqualTo(first.movements());
        assertThat(second.prices()).isEqualTo(first.prices());
        assertThat(second.splits()).isEqualTo(first.splits());
    }

    @Test
    void differentSeedsGiveDifferentHistories() {
        GeneratedHistory a = HistoryGenerator.generate(HistorySpec.small().withSeed(1));
        GeneratedHistory b = HistoryGenerator.generate(HistorySpec.small().withSeed(2));
        assertThat(a.movements()).isNotEqualTo(b.movements());
        assertThat(a.prices()).isNotEqualTo(b.prices());
    }

    @Test
    void tenYearPresetHasTheSizeOfTheLargeBenchmark() {
        GeneratedHistory history = HistoryGenerator.generate(HistorySpec.preset("tenYears"));
        assertThat(history.tradingDays()).hasSizeBetween(2_500, 2_620);
        assertThat(history.tickers()).hasSize(20);
        assertThat(history.currencies()).hasSize(2);
        assertThat(history.movements().size()).isBetween(45_000, 55_000);
        assertThat(history.prices()).hasSize(history.tradingDays().size() * 20);
        assertThat(history.splits()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void everyPresetRespectsTheDomainRules(String preset) {
        GeneratedHistory history = HistoryGenerator.generate(HistorySpec.preset(preset));
        HistoryRules rules = HistoryRules.replay(history);
        assertThat(rules.violations).isEmpty();
        assertThat(history.movements()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void everyPresetFoldsWithoutADomainError(String preset) {
        GeneratedHistory history = HistoryGenerator.generate(HistorySpec.preset(preset));
        List<DayResult> days = HistoryFold.full(history.accountId(), history.numberedMovements(),
                history.referenceData(), history.policy());
        Set<LocalDate> movementDates = history.movements().stream().map(Movement::businessDate)
                .collect(Collectors.toSet());
        assertThat(days).extracting(DayResult::date).containsAll(movementDates);
        DayResult last = days.get(days.size() - 1);
        assertThat(last.financials()).extracting(f -> f.currency()).containsExactlyInAnyOrderElementsOf(
                history.currencies());
        long counted = last.financials().stream().mapToLong(f -> f.movementCount()).sum();
        long conversions = history.countByKind().getOrDefault(MovementKind.CONVERSION, 0);
        assertThat(counted).isEqualTo(history.movements().size() + conversions);
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 7, 11})
    void otherSeedsFoldWithoutADomainErrorToo(long seed) {
        GeneratedHistory history = HistoryGenerator.generate(HistorySpec.years(2).withSeed(seed));
        assertThat(HistoryFold.full(history.accountId(), history.numberedMovements(), history.referenceData(),
                history.policy())).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void manySeedsRespectTheDomainRules(long seed) {
        HistorySpec spec = HistorySpec.years(1).withSeed(seed).withTickers(4).withMovementsPerDay(25);
        HistoryRules rules = HistoryRules.replay(HistoryGenerator.generate(spec));
        assertThat(rules.violations).isEmpty();
    }

    @Test
    void aYearCoversEveryKindActionAndEvent() {
        GeneratedHistory history = HistoryGenerator.generate(HistorySpec.preset("year"));
        assertThat(history.countByKind().keySet()).containsExactlyInAnyOrder(MovementKind.values());
        Set<OptionAction> actions = EnumSet.noneOf(OptionAction.class);
        Set<OptionEventType> events = EnumSet.noneOf(OptionEventType.class);
        for (Movement m : history.movements()) {
            if (m.detail() instanceof OptionTrade t) {
                actions.add(t.action());
            } else if (m.detail() instanceof OptionEvent e) {
                events.add(e.event());
            }
        }
        assertThat(actions).containsExactlyInAnyOrder(OptionAction.values());
        assertThat(events).containsExactlyInAnyOrder(OptionEventType.values());
        HistoryRules rules = HistoryRules.replay(history);
        assertThat(rules.shortsOpened).isPositive();
        assertThat(rules.partialStockCloses).isPositive();
        assertThat(rules.partialOptionCloses).isPositive();
        assertThat(rules.lateEvents).isPositive();
    }

    @Test
    void splitsHitHeldTickersOverTenYears() {
        HistoryRules rules = HistoryRules.replay(HistoryGenerator.generate(HistorySpec.preset("tenYears")));
        assertThat(rules.splitsOnHeldTickers).isPositive();
    }

    @Test
    void movementsAreChronologicalWithDistinctTimestampsAndSourceKeys() {
        GeneratedHistory history = HistoryGenerator.generate(HistorySpec.preset("twoYears"));
        List<Movement> movements = history.movements();
        for (int i = 1; i < movements.size(); i++) {
            assertThat(movements.get(i).timestamp()).isAfter(movements.get(i - 1).timestamp());
        }
        assertThat(movements).allSatisfy(m -> {
            assertThat(m.id()).isZero();
            assertThat(m.accountId()).isEqualTo(1L);
            assertThat(m.businessDate()).isBetween(history.firstDate(), history.today());
            assertThat(m.timestamp().toLocalDate()).isBeforeOrEqualTo(history.today());
        });
        assertThat(movements.stream().map(Movement::sourceKey).collect(Collectors.toSet())).hasSize(movements.size());
        assertThat(history.numberedMovements()).extracting(Movement::id)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, movements.size()).boxed().toList());
    }

    @Test
    void tradingDaysAreTheWeekdaysOfTheRange() {
        GeneratedHistory history = HistoryGenerator.generate(HistorySpec.preset("small"));
        LocalDate d = history.spec().start();
        int weekdays = 0;
        for (; !d.isAfter(history.spec().end()); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                weekdays++;
            }
        }
        assertThat(history.tradingDays()).hasSize(weekdays)
                .allMatch(day -> day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue());
    }

    @Test
    void everyTickerHasOnePriceInItsCurrencyOnEveryTradingDay() {
        GeneratedHistory history = HistoryGenerator.generate(HistorySpec.preset("small"));
        Set<String> keys = new HashSet<>();
        for (Price p : history.prices()) {
            assertThat(keys.add(p.ticker() + "|" + p.date())).as("one price per ticker and date").isTrue();
        }
        assertThat(keys).hasSize(history.tradingDays().size() * history.tickers().size());
        for (Movement m : history.movements()) {
            if (m.detail().ticker() != null) {
                int index = history.tickers().indexOf(m.detail().ticker());
                assertThat(m.currency()).isEqualTo(history.currencies().get(index % history.currencies().size()));
            }
        }
    }

    @Test
    void splitsFallOnTradingDaysAfterTheFirst() {
        GeneratedHistory history = HistoryGenerator.generate(HistorySpec.preset("tenYears"));
        assertThat(history.splits()).allSatisfy(s -> {
            assertThat(history.tradingDays()).contains(s.date());
            assertThat(s.date()).isAfter(history.firstDate());
        });
    }

    @Test
    void tickerPrefixKeepsHistoriesApartAndChangesNothingElse() {
        GeneratedHistory plain = HistoryGenerator.generate(HistorySpec.small());
        GeneratedHistory prefixed = HistoryGenerator.generate(HistorySpec.small().withTickerPrefix("b2"));
        assertThat(prefixed.tickers()).allMatch(t -> t.symbol().startsWith("B2"));
        assertThat(prefixed.movements()).hasSameSizeAs(plain.movements());
        assertThat(prefixed.countByKind()).isEqualTo(plain.countByKind());
    }

    @Test
    void endingOnMovesTheHistoryKeepingItsLength() {
        HistorySpec spec = HistorySpec.preset("year").endingOn(LocalDate.of(2030, 6, 30));
        assertThat(spec.end()).isEqualTo(LocalDate.of(2030, 6, 30));
        assertThat(spec.start()).isEqualTo(LocalDate.of(2029, 7, 1));
        GeneratedHistory history = HistoryGenerator.generate(spec);
        assertThat(history.today()).isEqualTo(LocalDate.of(2030, 6, 28));
        assertThat(HistoryRules.replay(history).violations).isEmpty();
    }

    @Test
    void presetNamesAreCaseInsensitiveAndUnknownOnesAreRejected() {
        assertThat(HistorySpec.preset("TENYEARS")).isEqualTo(HistorySpec.years(10));
        assertThatThrownBy(() -> HistorySpec.preset("huge")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("huge").hasMessageContaining("tenYears");
    }

    @Test
    void aSpecRejectsImpossibleSizes() {
        HistorySpec tiny = HistorySpec.tiny();
        assertThatThrownBy(() -> tiny.withTickers(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tickers");
        assertThatThrownBy(() -> tiny.withCurrencies(7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("currencies");
        assertThatThrownBy(() -> new HistorySpec("x", LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1), 1, 1, 1, 0,
                1, "")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start");
    }
}
