package dev.snapfolio.domain.calc;

import static dev.snapfolio.domain.testing.Movements.call;
import static dev.snapfolio.domain.testing.Movements.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.state.ContractBook;
import dev.snapfolio.domain.state.ContractKey;
import dev.snapfolio.domain.state.OptionLot;
import dev.snapfolio.domain.testing.FoldedHistory;
import dev.snapfolio.domain.testing.Movements;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Option opens, closes, events, auto-expiry and strike adjustments (DESIGN §3.3). */
class OptionRulesTest {
    private static final String TODAY = "2026-01-01";
    private static final OptionContract PUT = put("XYZ", "10", "2024-03-15");
    private static final OptionContract CALL = call("XYZ", "30", "2024-03-15");

    private static ContractBook book(FoldedHistory h, OptionContract contract) {
        return h.lastState().contracts().get(new ContractKey(contract, Currency.USD));
    }

    private static ContractBook book(FoldedHistory h, String date, OptionContract contract) {
        return h.state(date).contracts().get(new ContractKey(contract, Currency.USD));
    }

    private static OptionLot lot(String contracts, String totalNet, String openDate) {
        return new OptionLot(new BigDecimal(contracts), new BigDecimal(totalNet), LocalDate.parse(openDate));
    }

    @Test
    void closeRealizesTheAllocatedOpenNetPlusTheCloseNet() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sellToOpen(PUT, "2", "100", "1", "0.2");
        m.on("2024-01-03").buyToClose(PUT, "1", "30", "1", "0");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        // round6(98.8 × 1/2) − 31
        assertThat(h.financial("2024-01-03", "USD").realizedGains()).isEqualByComparingTo("18.4");
        assertThat(book(h, "2024-01-03", PUT).lots()).containsExactly(lot("1", "49.4", "2024-01-02"));
        assertThat(book(h, "2024-01-03", PUT).isShort()).isTrue();
    }

    @Test
    void closeTakesOldestOptionLotsFirstAcrossPartialLots() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sellToOpen(PUT, "1", "50");
        m.on("2024-01-03").sellToOpen(PUT, "2", "80");
        m.on("2024-01-04").buyToClose(PUT, "2", "20");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        assertThat(h.financial("2024-01-04", "USD").realizedGains()).isEqualByComparingTo("70");
        assertThat(book(h, "2024-01-04", PUT).lots()).containsExactly(lot("1", "40", "2024-01-03"));
    }

    @Test
    void expiredShortKeepsItsNetPremium() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sellToOpen(PUT, "1", "50", "1", "0");
        m.on("2024-03-15").expire(PUT, "1");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        assertThat(h.financial("2024-03-15", "USD").realizedGains()).isEqualByComparingTo("49");
        assertThat(h.financial("2024-03-15", "USD").openTrades()).isFalse();
        assertThat(book(h, PUT)).isNull();
    }

    @Test
    void expiredLongLosesItsNetCost() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buyToOpen(CALL, "1", "120", "1", "0");
        m.on("2024-03-15").expire(CALL, "1");

        assertThat(FoldedHistory.of(m.all(), TODAY).financial("2024-03-15", "USD").realizedGains())
                .isEqualByComparingTo("-121");
    }

    @Test
    void assignmentClosesAShortAndTheDeliveryIsItsOwnTrade() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sellToOpen(PUT, "1", "50");
        m.on("2024-03-15").assign(PUT, "1");
        m.buy("XYZ", "100", "10");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        assertThat(h.financial("2024-03-15", "USD").realizedGains()).isEqualByComparingTo("50");
        assertThat(h.ticker("2024-03-15", "XYZ").shares()).isEqualByComparingTo("100");
        assertThat(h.ticker("2024-03-15", "XYZ").capitalDeployed()).isEqualByComparingTo("2000");
    }

    @Test
    void exerciseClosesALongWithItsCashSettlement() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").buyToOpen(CALL, "1", "120");
        m.on("2024-03-15").event(CALL, dev.snapfolio.domain.movement.OptionEventType.EXERCISED, "1", "200");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        assertThat(h.financial("2024-03-15", "USD").realizedGains()).isEqualByComparingTo("80");
        assertThat(h.financial("2024-03-15", "USD").optionsIncome()).isEqualByComparingTo("80");
    }

    @Test
    void eventPostedAfterExpirationBelongsToTheExpirationDate() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sellToOpen(PUT, "1", "50");
        m.at("2024-03-18T08:00").expire(PUT, "1");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        assertThat(h.dates()).containsExactly(LocalDate.parse("2024-01-02"), LocalDate.parse("2024-03-15"));
        assertThat(h.financial("2024-03-15", "USD").movementCount()).isEqualTo(2);
    }

    @Test
    void contractsStillOpenExpireAutomaticallyOnTheirExpirationWithoutCounting() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sellToOpen(PUT, "1", "50", "1", "0");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        DayResult expiry = h.dayOf("2024-03-15");
        assertThat(expiry.snapshotDate()).isTrue();
        assertThat(expiry.activeCurrencies()).containsExactly(Currency.USD);
        assertThat(h.financial("2024-03-15", "USD").realizedGains()).isEqualByComparingTo("49");
        assertThat(h.financial("2024-03-15", "USD").movementCount()).isEqualTo(1);
        assertThat(h.ticker("2024-03-15", "XYZ").realized()).isEqualByComparingTo("49");
        assertThat(h.ticker("2024-03-15", "XYZ").openTrades()).isFalse();
    }

    @Test
    void autoExpiryWaitsForTheGraceDaysSoALateBrokerEventCanStillArrive() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sellToOpen(PUT, "1", "50");

        // e + 3 = 03-18 is not before today 03-18: not due yet
        FoldedHistory early = FoldedHistory.of(m.all(), "2024-03-18");
        assertThat(early.dates()).containsExactly(LocalDate.parse("2024-01-02"));
        assertThat(book(early, PUT)).isNotNull();

        FoldedHistory due = FoldedHistory.of(m.all(), "2024-03-19");
        assertThat(due.dates()).containsExactly(LocalDate.parse("2024-01-02"), LocalDate.parse("2024-03-15"));
        assertThat(book(due, PUT)).isNull();
    }

    @Test
    void zeroGraceExpiresTheDayAfterExpiration() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sellToOpen(PUT, "1", "50");

        FoldedHistory h = FoldedHistory.of(m.all(), ReferenceData.empty(), new Policy(LocalDate.parse("2024-03-16"), 0));

        assertThat(h.financial("2024-03-15", "USD").realizedGains()).isEqualByComparingTo("50");
    }

    @Test
    void lateExplicitEventClosesTheContractOnceAndAutoExpiryFindsNothing() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sellToOpen(PUT, "1", "50");
        m.at("2024-03-16T09:00").expire(PUT, "1");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        assertThat(h.financial("2024-03-15", "USD").realizedGains()).isEqualByComparingTo("50");
        assertThat(h.financial("2024-03-15", "USD").movementCount()).isEqualTo(2);
        assertThat(h.dates()).hasSize(2);
    }

    @Test
    void aRunAfterTheGraceAppliesTheExpiryThatAnEarlierRunLeftOpen() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sellToOpen(PUT, "1", "50");
        m.on("2024-03-14").deposit("10");
        Policy early = Policy.of(LocalDate.parse("2024-03-16"));
        List<DayResult> first = HistoryFold.full(1, m.all(), ReferenceData.empty(), early);
        DayResult last = first.get(first.size() - 1);
        assertThat(last.state().contracts()).isNotEmpty();

        Policy later = Policy.of(LocalDate.parse("2024-04-01"));
        LocalDate start = ChangeDates.runStart(LocalDate.parse("2024-04-01"), last.state(), later);
        List<DayResult> rerun = HistoryFold.run(last.state(), start, List.of(), ReferenceData.empty(), later);

        assertThat(start).isEqualTo(LocalDate.parse("2024-03-15"));
        assertThat(rerun).extracting(DayResult::date).containsExactly(LocalDate.parse("2024-03-15"));
        assertThat(rerun.get(0).financial(Currency.USD).orElseThrow().realizedGains()).isEqualByComparingTo("50");
        List<DayResult> fresh = HistoryFold.full(1, m.all(), ReferenceData.empty(), later);
        assertThat(rerun.get(0)).isEqualTo(fresh.get(fresh.size() - 1));
    }

    @Test
    void adjustmentMovesTheOldestLotsToTheNewStrikeWithoutRealizing() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sellToOpen(PUT, "2", "100");
        m.on("2024-02-01").adjust(PUT, "9.5", "1");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        OptionContract adjusted = PUT.withStrike(new BigDecimal("9.5"));
        assertThat(book(h, "2024-02-01", PUT).lots()).containsExactly(lot("1", "50", "2024-01-02"));
        assertThat(book(h, "2024-02-01", adjusted).lots()).containsExactly(lot("1", "50", "2024-01-02"));
        assertThat(book(h, "2024-02-01", adjusted).isShort()).isTrue();
        assertThat(h.financial("2024-02-01", "USD").realizedGains()).isEqualByComparingTo("0");
        assertThat(h.financial("2024-02-01", "USD").optionsIncome()).isEqualByComparingTo("100");
        assertThat(h.ticker("2024-02-01", "XYZ").capitalDeployed()).isEqualByComparingTo("2000");
    }

    @Test
    void adjustedContractsCloseAtTheirNewStrike() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sellToOpen(PUT, "1", "50");
        m.on("2024-02-01").adjust(PUT, "9.5", "1");
        m.on("2024-02-02").buyToClose(PUT.withStrike(new BigDecimal("9.50")), "1", "20");

        FoldedHistory h = FoldedHistory.of(m.all(), TODAY);

        assertThat(h.financial("2024-02-02", "USD").realizedGains()).isEqualByComparingTo("30");
        assertThat(h.lastState().contracts()).isEmpty();
    }

    @Test
    void strikeSevenEqualsStrikeSevenPointZeroZero() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sellToOpen(put("XYZ", "7", "2024-03-15"), "1", "50");
        m.on("2024-01-03").buyToClose(put("XYZ", "7.00", "2024-03-15"), "1", "10");

        assertThat(FoldedHistory.of(m.all(), TODAY).financial("2024-01-03", "USD").realizedGains())
                .isEqualByComparingTo("40");
    }

    @Test
    void orphanCloseRealizesItsOwnNetWithAWarningWhenAllowed() {
        Movements m = Movements.account(1);
        Movement close = m.on("2024-01-03").buyToClose(PUT, "1", "20", "1", "0");
        Policy lenient = Policy.of(LocalDate.parse(TODAY)).withAllowOrphanCloses(true);

        FoldedHistory h = FoldedHistory.of(m.all(), ReferenceData.empty(), lenient);

        assertThat(h.financial("2024-01-03", "USD").realizedGains()).isEqualByComparingTo("-21");
        assertThat(h.dayOf("2024-01-03").warnings()).singleElement().asString()
                .contains(close.describe()).contains("0 are open");
    }

    @Test
    void orphanPartOfAnOverCloseRealizesItsNetAndTheOpenPartClosesNormally() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sellToOpen(PUT, "1", "50");
        m.on("2024-01-03").buyToClose(PUT, "3", "30");
        Policy lenient = Policy.of(LocalDate.parse(TODAY)).withAllowOrphanCloses(true);

        FoldedHistory h = FoldedHistory.of(m.all(), ReferenceData.empty(), lenient);

        assertThat(h.financial("2024-01-03", "USD").realizedGains()).isEqualByComparingTo("20");
        assertThat(h.dayOf("2024-01-03").warnings()).hasSize(1);
        assertThat(h.lastState().contracts()).isEmpty();
    }

    @Test
    void orphanEventRealizesItsCashSettlementWhenAllowed() {
        Movements m = Movements.account(1);
        m.on("2024-03-15").expire(PUT, "1");
        Policy lenient = Policy.of(LocalDate.parse(TODAY)).withAllowOrphanCloses(true);

        FoldedHistory h = FoldedHistory.of(m.all(), ReferenceData.empty(), lenient);

        assertThat(h.financial("2024-03-15", "USD").realizedGains()).isEqualByComparingTo("0");
        assertThat(h.dayOf("2024-03-15").warnings()).hasSize(1);
    }

    @Test
    void strictPolicyHasNoWarnings() {
        Movements m = Movements.account(1);
        m.on("2024-01-02").sellToOpen(PUT, "1", "50");

        assertThat(FoldedHistory.of(m.all(), TODAY).days()).allSatisfy(d -> assertThat(d.warnings()).isEmpty());
    }

    @Test
    void orphanCloseIsADomainErrorByDefault() {
        Movements m = Movements.account(1);
        m.on("2024-01-03").buyToClose(PUT, "1", "20");

        assertThatThrownBy(() -> FoldedHistory.of(m.all(), TODAY)).isInstanceOf(DomainException.class);
    }
}
