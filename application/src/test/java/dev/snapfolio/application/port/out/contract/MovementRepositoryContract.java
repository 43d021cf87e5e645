package dev.snapfolio.application.port.out.contract;

import static dev.snapfolio.application.port.out.contract.Samples.AAPL;
import static dev.snapfolio.application.port.out.contract.Samples.MSFT;
import static dev.snapfolio.application.port.out.contract.Samples.SOFI;
import static dev.snapfolio.application.port.out.contract.Samples.money;
import static dev.snapfolio.application.port.out.contract.Samples.movement;
import static dev.snapfolio.application.port.out.contract.Samples.qty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.snapfolio.application.port.in.NotFoundException;
import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.money.ValidationException;
import dev.snapfolio.domain.movement.Deposit;
import dev.snapfolio.domain.movement.Fee;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.MovementKind;
import dev.snapfolio.domain.movement.Side;
import dev.snapfolio.domain.movement.Trade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What every {@link MovementRepository} does. Implementations start each test with no accounts or movements. */
public abstract class MovementRepositoryContract {
    protected abstract MovementRepository movements();

    protected abstract AccountRepository accounts();

    private long newAccount(String name) {
        return accounts().create(new Account(0, name, null, Currency.USD)).id();
    }

    private static Movement deposit(long account, LocalDateTime at, String amount) {
        return movement(account, at, new Deposit(money(amount)));
    }

    @Test
    void everyKindRoundTripsWithAllItsFieldsAndScales() {
        long account = newAccount("Main");
        List<Movement> samples = Samples.everyKind(account);
        assertThat(samples.stream().map(Movement::kind).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(MovementKind.values());

        for (Movement m : samples) {
            Movement stored = movements().insert(m);

            assertThat(stored.id()).isPositive();
            assertThat(stored).isEqualTo(m.withId(stored.id()));
            assertThat(movements().findById(stored.id())).contains(stored);
        }
        long other = newAccount("Bulk");
        List<Movement> bulk = Samples.everyKind(other);
        List<Movement> storedInBulk = movements().insertAll(bulk);
        for (int i = 0; i < bulk.size(); i++) {
            assertThat(storedInBulk.get(i)).isEqualTo(bulk.get(i).withId(storedInBulk.get(i).id()));
        }
        assertThat(movements().findByAccount(other)).containsExactlyInAnyOrderElementsOf(storedInBulk);
    }

    @Test
    void insertAllAssignsIncreasingIdsInListOrder() {
        long account = newAccount("Main");
        LocalDateTime t = LocalDateTime.of(2024, 3, 1, 10, 0);
        // deliberately not chronological: ids follow the list, not the timestamps
        List<Movement> batch = List.of(deposit(account, t.plusDays(2), "3"), deposit(account, t, "1"),
                deposit(account, t.plusDays(1), "2"));

        List<Movement> stored = movements().insertAll(batch);

        assertThat(stored).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(stored.get(i)).isEqualTo(batch.get(i).withId(stored.get(i).id()));
            assertThat(movements().findById(stored.get(i).id())).contains(stored.get(i));
        }
        assertThat(stored.get(0).id()).isLessThan(stored.get(1).id());
        assertThat(stored.get(1).id()).isLessThan(stored.get(2).id());
        assertThat(movements().insertAll(List.of())).isEmpty();
    }

    @Test
    void rangeQueriesUseTheBusinessDateAndApplyOrder() {
        long account = newAccount("Main");
        long other = newAccount("Other");
        LocalDate d = LocalDate.of(2024, 5, 2);
        Movement late = movements().insert(deposit(account, d.atTime(15, 0), "2"));
        Movement early = movements().insert(deposit(account, d.atTime(9, 0), "1"));
        Movement sameTime = movements().insert(deposit(account, d.atTime(15, 0), "3"));
        Movement before = movements().insert(deposit(account, d.minusDays(1).atTime(12, 0), "4"));
        Movement after = movements().insert(deposit(account, d.plusDays(3).atTime(8, 0), "5"));
        // posted on 13 May for a contract that expired on the 10th: belongs to the 10th
        Movement expiry = movements().insert(Samples.everyKind(account).get(15));
        movements().insert(deposit(other, d.atTime(10, 0), "6"));

        assertThat(movements().findOn(account, d)).containsExactly(early, late, sameTime);
        assertThat(movements().findFrom(account, d)).containsExactly(early, late, sameTime, after, expiry);
        assertThat(movements().findByAccount(account)).containsExactly(before, early, late, sameTime, after, expiry);
        assertThat(movements().findOn(account, LocalDate.of(2024, 5, 10))).containsExactly(expiry);
        assertThat(movements().findOn(account, LocalDate.of(2024, 5, 13))).isEmpty();
        assertThat(movements().findNextBusinessDate(account, d)).contains(d.plusDays(3));
        assertThat(movements().findNextBusinessDate(account, d.plusDays(3))).contains(LocalDate.of(2024, 5, 10));
        assertThat(movements().findNextBusinessDate(account, LocalDate.of(2024, 5, 10))).isEmpty();
        assertThat(movements().findEarliestBusinessDate(account)).contains(d.minusDays(1));
        assertThat(movements().findEarliestBusinessDate(newAccount("Empty"))).isEmpty();
    }

    @Test
    void updateReplacesEveryFieldIncludingTheKind() {
        long account = newAccount("Main");
        Movement stored = movements().insert(deposit(account, LocalDateTime.of(2024, 1, 2, 10, 0), "100"));
        Movement changed = new Movement(stored.id(), account, LocalDateTime.of(2023, 12, 29, 16, 45, 1),
                Currency.EUR, new Trade(AAPL, Side.SELL, qty("0.5"), new BigDecimal("190.1"), money("0.5"), null),
                "corrected", "src-corrected");

        movements().update(changed);

        assertThat(movements().findById(stored.id())).contains(changed);
        assertThat(movements().findOn(account, LocalDate.of(2024, 1, 2))).isEmpty();
        assertThat(movements().findOn(account, LocalDate.of(2023, 12, 29))).containsExactly(changed);
    }

    @Test
    void deleteRemovesTheMovementAndUnknownIdsAreNotFound() {
        long account = newAccount("Main");
        Movement stored = movements().insert(deposit(account, LocalDateTime.of(2024, 1, 2, 10, 0), "100"));

        movements().delete(stored.id());

        assertThat(movements().findById(stored.id())).isEmpty();
        assertThat(movements().findByAccount(account)).isEmpty();
        assertThatThrownBy(() -> movements().delete(stored.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> movements().update(stored)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void sourceKeysAreUniquePerAccountAndFoundInBulk() {
        long account = newAccount("Main");
        long other = newAccount("Other");
        LocalDateTime t = LocalDateTime.of(2024, 1, 2, 10, 0);
        movements().insert(deposit(account, t, "1").withSourceKey("k1"));
        movements().insert(deposit(account, t, "2").withSourceKey("k2"));
        movements().insert(deposit(other, t, "3").withSourceKey("k3"));
        movements().insert(deposit(other, t, "4").withSourceKey("k1"));

        assertThat(movements().findExistingSourceKeys(account, List.of("k1", "k3", "k9", "k2")))
                .containsExactlyInAnyOrder("k1", "k2");
        assertThat(movements().findExistingSourceKeys(account, List.of())).isEmpty();
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            many.add("missing-" + i);
        }
        many.add("k2");
        assertThat(movements().findExistingSourceKeys(account, many)).containsExactly("k2");
        assertThatThrownBy(() -> movements().insert(deposit(account, t, "5").withSourceKey("k1")))
                .isInstanceOf(ValidationException.class);
        assertThat(movements().findByAccount(account)).hasSize(2);
    }

    @Test
    void tickersIncludeOptionUnderlyingsAndFindTheirAccounts() {
        long account = newAccount("Main");
        long other = newAccount("Other");
        movements().insertAll(Samples.everyKind(account));
        movements().insert(movement(other, LocalDateTime.of(2024, 1, 2, 10, 0),
                new Trade(Ticker.of("NVDA"), Side.BUY, qty("1"), new BigDecimal("100"), null, null)));
        movements().insert(movement(other, LocalDateTime.of(2024, 1, 2, 11, 0), new Fee(money("1"))));

        assertThat(movements().findTickers(account)).containsExactlyInAnyOrder(AAPL, SOFI, MSFT);
        assertThat(movements().findTickers(other)).containsExactly(Ticker.of("NVDA"));
        assertThat(movements().findAccountsWithTicker(SOFI)).containsExactly(account);
        assertThat(movements().findAccountsWithTicker(Ticker.of("NVDA"))).containsExactly(other);
        assertThat(movements().findAccountsWithTicker(Ticker.of("TSLA"))).isEmpty();
    }

    @Test
    void maxIdIsTheHighestIdInUse() {
        long account = newAccount("Main");
        List<Movement> stored = movements().insertAll(Samples.everyKind(account));
        long highest = stored.stream().mapToLong(Movement::id).max().orElseThrow();

        assertThat(movements().findMaxId()).isEqualTo(highest);
        assertThat(Set.copyOf(Arrays.asList(stored.stream().map(Movement::id).toArray()))).hasSize(stored.size());
    }
}
