package dev.snapfolio.application.service;

import dev.snapfolio.application.port.in.ChangeRejectedException;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.ReferenceDataRepository;
import dev.snapfolio.application.processing.RunPlanner;
import dev.snapfolio.domain.calc.DayResult;
import dev.snapfolio.domain.calc.DomainException;
import dev.snapfolio.domain.calc.HistoryFold;
import dev.snapfolio.domain.calc.MovementProblem;
import dev.snapfolio.domain.calc.Policy;
import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.SecurityIn;
import dev.snapfolio.domain.movement.Trade;
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.domain.reference.Split;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Validate before commit (DESIGN §4): applies the account's history with a change in memory, from
 * the stored state before the change date (lowered to the dirty mark and due expiries, as the run
 * will be) to today, writing nothing. A domain error rejects the change, naming the movement and
 * the date. Prices are not read: they only value positions.
 */
public class ChangeValidator {
    private static final Set<String> ISO_CURRENCIES = java.util.Currency.getAvailableCurrencies().stream()
            .map(java.util.Currency::getCurrencyCode).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final MovementRepository movements;
    private final ReferenceDataRepository referenceData;
    private final RunPlanner planner;

    @Inject
    public ChangeValidator(MovementRepository movements, ReferenceDataRepository referenceData, RunPlanner planner) {
        this.movements = movements;
        this.referenceData = referenceData;
        this.planner = planner;
    }

    /**
     * @param removedIds stored movements the change removes or replaces
     * @param added new versions (edits keep their id) and new movements (with provisional ids above
     *        every stored id, in the order ids will be assigned)
     * @param labels how to name a movement in a message, by id (provisional ids, import rows)
     * @param action what is rejected, e.g. "cannot delete movement #12"
     * @return the warnings the calculator gave for the labelled movements (orphan closes), each
     *         named by its label: "trades.csv:7: movement OPTION_TRADE … on …: closes …"
     */
    public List<String> validate(long accountId, LocalDate changeDate, Set<Long> removedIds, List<Movement> added,
            Map<Long, String> labels, String action, Policy policy) {
        RunPlanner.Plan plan = planner.plan(accountId, changeDate, policy);
        Set<Long> replaced = new HashSet<>(removedIds);
        added.forEach(m -> replaced.add(m.id()));
        List<Movement> history = new ArrayList<>();
        for (Movement movement : movements.findFrom(accountId, plan.from())) {
            if (!replaced.contains(movement.id())) {
                history.add(movement);
            }
        }
        Set<Ticker> addedTickers = new TreeSet<>();
        for (Movement movement : added) {
            if (!movement.businessDate().isBefore(plan.from())) {
                history.add(movement);
            }
            if (movement.detail().ticker() != null) {
                addedTickers.add(movement.detail().ticker());
            }
        }
        // Splits only: a price values a position but never makes a movement invalid (nor gives a
        // warning), and the fold's visited dates do not depend on prices.
        ReferenceData refs = referenceData.loadSplits(accountId, addedTickers, policy.today());
        List<DayResult> days;
        try {
            days = HistoryFold.run(plan.start(), plan.from(), history, refs, policy);
        } catch (DomainException e) {
            throw new ChangeRejectedException(action + ": " + describe(e, labels), e.date(), e);
        }
        checkFiguresFit(days, history, labels, action);
        List<String> warnings = new ArrayList<>();
        for (DayResult day : days) {
            for (MovementProblem warning : day.warnings()) {
                String label = labels.get(warning.movementId());
                if (label != null) {
                    warnings.add(warning.describeAs(label));
                }
            }
        }
        return warnings;
    }

    /**
     * Every figure the change produces must fit its column (money DECIMAL(24,6), shares
     * DECIMAL(24,8)); otherwise the run would fail in the database after the change was stored,
     * and every later run of the account with it. Rejected here, naming the day's movement.
     */
    private static void checkFiguresFit(List<DayResult> days, List<Movement> history, Map<Long, String> labels,
            String action) {
        for (DayResult day : days) {
            for (FinancialSnapshot f : day.financials()) {
                String field = firstTooLarge(Checks.MONEY_INTEGER_DIGITS, "deposited", f.deposited(), "withdrawn",
                        f.withdrawn(), "commissions", f.commissions(), "fees", f.fees(), "dividendsReceived",
                        f.dividendsReceived(), "optionsIncome", f.optionsIncome(), "otherIncome", f.otherIncome(),
                        "realizedGains", f.realizedGains(), "netCashFlow", f.netCashFlow(), "invested", f.invested(),
                        "unrealizedGains", f.unrealizedGains(), "realizedPercentage", f.realizedPercentage(),
                        "marketValue", f.marketValue(), "unrealizedPercentage", f.unrealizedPercentage());
                if (field != null) {
                    throw tooLarge(action, field + " of " + f.currency(), Checks.MONEY_INTEGER_DIGITS, day.date(),
                            history, labels);
                }
            }
            for (TickerSnapshot t : day.tickers()) {
                String field = firstTooLarge(Checks.QUANTITY_INTEGER_DIGITS, "shares", t.shares());
                int digits = Checks.QUANTITY_INTEGER_DIGITS;
                if (field == null) {
                    digits = Checks.MONEY_INTEGER_DIGITS;
                    field = firstTooLarge(Checks.MONEY_INTEGER_DIGITS, "costBasis", t.costBasis(), "invested",
                            t.invested(), "realized", t.realized(), "dividends", t.dividends(), "dividendTaxes",
                            t.dividendTaxes(), "optionsPremium", t.optionsPremium(), "commissions", t.commissions(),
                            "fees", t.fees(), "totalIncome", t.totalIncome(), "capitalDeployed", t.capitalDeployed(),
                            "performance", t.performance(), "marketPrice", t.marketPrice(), "marketValue",
                            t.marketValue(), "unrealizedGains", t.unrealizedGains());
                }
                if (field != null) {
                    throw tooLarge(action, field + " of " + t.ticker() + " in " + t.currency(), digits, day.date(),
                            history, labels);
                }
            }
        }
    }

    /** The name of the first value (name, value, name, value, ...) with more integer digits than allowed. */
    private static String firstTooLarge(int integerDigits, Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            BigDecimal value = (BigDecimal) namesAndValues[i + 1];
            if (value != null && (long) value.precision() - value.scale() > integerDigits) {
                return (String) namesAndValues[i];
            }
        }
        return null;
    }

    private static ChangeRejectedException tooLarge(String action, String figure, int digits, LocalDate date,
            List<Movement> history, Map<Long, String> labels) {
        // the day's movement to blame: one of the change's own when it has one there
        String culprit = null;
        for (Movement m : history) {
            if (m.businessDate().equals(date) && (culprit == null || labels.containsKey(m.id()))) {
                culprit = labels.getOrDefault(m.id(), m.describe());
            }
        }
        return new ChangeRejectedException(action + ": the snapshot's " + figure + " on " + date
                + " would reach 10^" + digits + ", beyond what the database stores"
                + (culprit == null ? "" : " (" + culprit + ")"), date, null);
    }

    /**
     * Applies the account's stored history in memory as it would be with the ticker's splits
     * replaced by {@code splitsAfter}, from {@code changeDate} (lowered as a run would be) to today,
     * writing nothing. Returns the error the change would cause, or empty when the history stays valid.
     */
    public Optional<DomainException> checkSplits(long accountId, LocalDate changeDate, Map<Ticker, List<Split>> splitsAfter,
            Policy policy) {
        RunPlanner.Plan plan = planner.plan(accountId, changeDate, policy);
        List<Movement> history = movements.findFrom(accountId, plan.from());
        ReferenceData refs = new SplitsReplaced(referenceData.loadSplits(accountId, splitsAfter.keySet(), policy.today()),
                splitsAfter);
        try {
            HistoryFold.run(plan.start(), plan.from(), history, refs, policy);
            return Optional.empty();
        } catch (DomainException e) {
            return Optional.of(e);
        }
    }

    /**
     * What is accepted but likely a mistake, said once per currency or ticker: a currency code that
     * is not ISO 4217, a ticker bought or moved in that has no price at all (its positions stay
     * unvalued). One statement for the tickers.
     */
    public List<String> notices(List<Movement> added) {
        Set<String> codes = new TreeSet<>();
        Set<Ticker> held = new TreeSet<>();
        for (Movement m : added) {
            m.currencies().forEach(c -> codes.add(c.code()));
            if (m.detail() instanceof Trade || m.detail() instanceof SecurityIn) {
                held.add(m.detail().ticker());
            }
        }
        List<String> notices = new ArrayList<>();
        for (String code : codes) {
            if (!ISO_CURRENCIES.contains(code)) {
                notices.add("currency " + code + " is not an ISO 4217 code (a typo?); recorded as given");
            }
        }
        if (!held.isEmpty()) {
            held.removeAll(referenceData.tickersWithPrices(held));
            for (Ticker ticker : held) {
                notices.add("no price has been recorded for " + ticker + ": its positions are not valued until one is"
                        + " (snapfolio price add|import)");
            }
        }
        return notices;
    }

    static String describe(DomainException e, Map<Long, String> labels) {
        MovementProblem problem = e.problem();
        String label = labels.get(e.movementId());
        String message = label != null && problem != null ? problem.describeAs(label) : e.getMessage();
        if (e.date() != null && !message.contains(e.date().toString())) {
            message = message + " (on " + e.date() + ")";
        }
        return message;
    }
}
