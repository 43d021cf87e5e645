package dev.snapfolio.domain.calc;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Decimals;
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
import dev.snapfolio.domain.reference.ReferenceData;
import dev.snapfolio.domain.reference.Split;
import dev.snapfolio.domain.reference.SplitRatio;
import dev.snapfolio.domain.snapshot.FinancialSnapshot;
import dev.snapfolio.domain.snapshot.SnapshotFigures;
import dev.snapfolio.domain.snapshot.TickerSnapshot;
import dev.snapfolio.domain.state.AccountState;
import dev.snapfolio.domain.state.ContractBook;
import dev.snapfolio.domain.state.ContractKey;
import dev.snapfolio.domain.state.CurrencyTotals;
import dev.snapfolio.domain.state.OptionLot;
import dev.snapfolio.domain.state.PositionKey;
import dev.snapfolio.domain.state.TickerBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * One application of {@link DailyCalculator#apply}: the account's state held mutably for the day
 * (only what the day touches is copied), then frozen once into the next {@link AccountState} and
 * the day's snapshots.
 */
final class DayApplication {
    private final AccountState before;
    private final LocalDate day;
    private final ReferenceData refs;
    private final Policy policy;
    private final FoldMemo memo;

    private final Map<Currency, TotalsBuilder> touchedCurrencies = new HashMap<>(4);
    /** The positions whose books the day changes, each with its builder (see {@link FoldMemo.Position}). */
    private final List<FoldMemo.Position> touchedTickers = new ArrayList<>(16);
    /** Marks the positions touched or active on this day. */
    private final int stamp;
    /** The next state; its contract map is copied on the first option change of the day. */
    private final AccountState.Draft draft;

    private final Set<Currency> activeCurrencies = new HashSet<>(4);
    private boolean snapshotDate;
    private List<MovementProblem> warnings;

    DayApplication(AccountState before, LocalDate day, ReferenceData refs, Policy policy, FoldMemo memo) {
        this.before = before;
        this.day = day;
        this.refs = refs;
        this.policy = policy;
        this.memo = memo;
        this.stamp = memo.nextDay();
        this.draft = before.draft();
    }

    // ---------------------------------------------------------------- working state

    private TotalsBuilder totals(Currency currency) {
        TotalsBuilder builder = touchedCurrencies.get(currency);
        if (builder == null) {
            CurrencyTotals stored = before.currencies().get(currency);
            builder = new TotalsBuilder(stored == null ? CurrencyTotals.ZERO : stored);
            touchedCurrencies.put(currency, builder);
        }
        return builder;
    }

    private TickerBookBuilder book(PositionKey key) {
        return book(memo.position(key));
    }

    private TickerBookBuilder book(FoldMemo.Position position) {
        if (position.touchedOn != stamp) {
            TickerBook stored = before.tickers().get(position.key);
            position.builder.reset(stored == null ? TickerBook.EMPTY : stored);
            position.touchedOn = stamp;
            touchedTickers.add(position);
        }
        return position.builder;
    }


    private void warn(Movement m, String problem) {
        if (warnings == null) {
            warnings = new ArrayList<>(2);
        }
        warnings.add(MovementProblem.of(m, day, problem));
    }

    private DomainException error(Movement m, String problem) {
        return new DomainException(MovementProblem.of(m, day, problem));
    }

    // ---------------------------------------------------------------- (1) splits

    void applySplits() {
        LocalDate asOf = before.asOf();
        if (asOf == null) {
            return;
        }
        var anySplit = refs.earliestSplitOnOrAfter(asOf);
        if (anySplit.isEmpty() || anySplit.get().isAfter(day)) {
            return;
        }
        // Held tickers are asked one by one (most have no split, an allocation-free answer); the
        // set of done tickers is only built when a split is found.
        Set<Ticker> done = null;
        for (Map.Entry<PositionKey, TickerBook> entry : before.tickers().entrySet()) {
            if (entry.getValue().isOpen()) {
                done = splitOnce(entry.getKey().ticker(), asOf, done);
            }
        }
        for (ContractKey key : before.contracts().keySet()) {
            done = splitOnce(key.contract().underlying(), asOf, done);
        }
    }

    private Set<Ticker> splitOnce(Ticker ticker, LocalDate asOf, Set<Ticker> done) {
        List<Split> splits = refs.splits(ticker, asOf, day);
        if (splits.isEmpty() || done != null && done.contains(ticker)) {
            return done;
        }
        Set<Ticker> result = done == null ? new HashSet<>(4) : done;
        result.add(ticker);
        for (Split split : splits) {
            applySplit(ticker, split.ratio());
        }
        return result;
    }

    private void applySplit(Ticker ticker, SplitRatio ratio) {
        for (Map.Entry<PositionKey, TickerBook> entry : before.tickers().entrySet()) {
            PositionKey key = entry.getKey();
            if (key.ticker().equals(ticker) && entry.getValue().isOpen()) {
                TickerBookBuilder builder = book(key);
                if (builder.hasLots()) {
                    builder.split(ratio);
                    markEvent(key);
                }
            }
        }
        List<ContractKey> affected = new ArrayList<>();
        for (ContractKey key : draft.contracts().keySet()) {
            if (key.contract().underlying().equals(ticker)) {
                affected.add(key);
            }
        }
        if (affected.isEmpty()) {
            return;
        }
        for (ContractKey key : affected) {
            ContractBook book = draft.contract(key);
            draft.putContract(key, null);
            ContractKey newKey = key.split(ratio);
            draft.putContract(newKey, book.split(ratio).mergeInto(draft.contract(newKey)));
            markEvent(key.position());
        }
    }

    private void markEvent(PositionKey key) {
        snapshotDate = true;
        activeCurrencies.add(key.currency());
        memo.position(key).activeOn = stamp;
    }

    // ---------------------------------------------------------------- (2) movements

    void apply(Movement m) {
        snapshotDate = true;
        Currency currency = m.currency();
        activeCurrencies.add(currency);
        TotalsBuilder t = totals(currency);
        t.movementCount++;
        MovementDetail detail = m.detail();
        // A switch on the kind: Java 17 has no pattern matching for switch, and this is the hot path.
        switch (detail.kind()) {
            case DEPOSIT -> {
                Deposit d = (Deposit) detail;
                t.deposited = t.deposited.add(d.amount());
                t.commissions = t.commissions.add(d.commissions());
                t.fees = t.fees.add(d.fees());
            }
            case WITHDRAWAL -> {
                Withdrawal w = (Withdrawal) detail;
                t.withdrawn = t.withdrawn.add(w.amount());
                t.commissions = t.commissions.add(w.commissions());
                t.fees = t.fees.add(w.fees());
            }
            case FEE -> t.fees = t.fees.add(((Fee) detail).amount());
            case INTEREST -> t.otherIncome = t.otherIncome.add(((Interest) detail).amount());
            case LENDING_INCOME -> t.otherIncome = t.otherIncome.add(((LendingIncome) detail).amount());
            case INTEREST_PAID -> t.otherIncome = t.otherIncome.subtract(((InterestPaid) detail).amount());
            case DIVIDEND -> {
                Dividend d = (Dividend) detail;
                t.dividendsReceived = t.dividendsReceived.add(d.amount());
                TickerBookBuilder b = tickerOf(d.ticker(), currency);
                b.dividends = b.dividends.add(d.amount());
            }
            case DIVIDEND_TAX -> {
                DividendTax d = (DividendTax) detail;
                t.dividendsReceived = t.dividendsReceived.subtract(d.amount());
                TickerBookBuilder b = tickerOf(d.ticker(), currency);
                b.dividendTaxes = b.dividendTaxes.add(d.amount());
            }
            case CONVERSION -> {
                Conversion c = (Conversion) detail;
                t.withdrawn = t.withdrawn.add(c.amountOut());
                t.fees = t.fees.add(c.fees());
                TotalsBuilder target = totals(c.targetCurrency());
                target.movementCount++;
                target.deposited = target.deposited.add(c.amountIn());
                activeCurrencies.add(c.targetCurrency());
            }
            case TRADE -> trade(m, (Trade) detail, t);
            case SECURITY_IN -> securityIn(m, (SecurityIn) detail, currency);
            case SECURITY_OUT -> securityOut(m, (SecurityOut) detail, currency);
            case OPTION_TRADE -> optionTrade(m, (OptionTrade) detail, t);
            case OPTION_EVENT -> optionEvent(m, (OptionEvent) detail, t);
            case OPTION_ADJUSTMENT -> optionAdjustment(m, (OptionAdjustment) detail);
            default -> throw new IllegalStateException("unknown movement kind " + detail.kind());
        }
    }

    private TickerBookBuilder tickerOf(Ticker ticker, Currency currency) {
        FoldMemo.Position position = memo.position(new PositionKey(ticker, currency));
        position.activeOn = stamp;
        return book(position);
    }

    /**
     * A BUY covers short lots first, then opens a long lot; a SELL closes long lots first, then
     * opens a short lot. A trade that does both splits its gross amount, and its commissions + fees
     * as one sum, pro rata by quantity, the remainder on the opening part (DESIGN §3.3).
     */
    private void trade(Movement m, Trade trade, TotalsBuilder t) {
        TickerBookBuilder b = tickerOf(trade.ticker(), m.currency());
        BigDecimal commissions = trade.commissions();
        BigDecimal fees = trade.fees();
        t.commissions = plus(t.commissions, commissions);
        t.fees = plus(t.fees, fees);
        b.commissions = plus(b.commissions, commissions);
        b.fees = plus(b.fees, fees);

        boolean buy = trade.side() == Side.BUY;
        BigDecimal quantity = trade.quantity();
        BigDecimal gross = trade.grossAmount();
        BigDecimal costs = plus(commissions, fees);
        boolean closes = buy ? b.isShort() : b.isLong();
        BigDecimal closeQuantity = closes ? b.openQuantity().min(quantity) : Decimals.ZERO_QUANTITY;
        BigDecimal openQuantity = quantity.subtract(closeQuantity);

        BigDecimal closeGross;
        BigDecimal closeCosts;
        if (openQuantity.signum() == 0) {
            closeGross = gross;
            closeCosts = costs;
        } else if (closeQuantity.signum() == 0) {
            closeGross = Decimals.ZERO_MONEY;
            closeCosts = Decimals.ZERO_MONEY;
        } else {
            closeGross = Decimals.proRataMoney(gross, closeQuantity, quantity);
            closeCosts = Decimals.proRataMoney(costs, closeQuantity, quantity);
        }

        if (closeQuantity.signum() > 0) {
            BigDecimal lotCost = b.closeFifo(closeQuantity);
            BigDecimal realized = buy
                    ? lotCost.negate().subtract(closeGross.add(closeCosts))
                    : closeGross.subtract(closeCosts).subtract(lotCost);
            b.realized = b.realized.add(realized);
            t.realizedGains = t.realizedGains.add(realized);
        }
        if (openQuantity.signum() > 0 && !buy) {
            // Accepted (shorting is allowed), but often a typo or a missing earlier buy: said once, when recorded.
            warn(m, "sells " + plain(quantity) + " shares but " + plain(closeQuantity) + " are held; opens a short of "
                    + plain(openQuantity));
        }
        if (openQuantity.signum() > 0) {
            // Nothing closed: the whole gross and costs open (the same values without subtracting zeros).
            boolean allOpen = closeQuantity.signum() == 0;
            BigDecimal openGross = allOpen ? gross : gross.subtract(closeGross);
            BigDecimal openCosts = allOpen ? costs : costs.subtract(closeCosts);
            BigDecimal totalCost = buy ? openGross.add(openCosts) : openCosts.subtract(openGross);
            b.openLot(!buy, openQuantity, totalCost);
            b.capitalDeployed = b.capitalDeployed.add(openGross);
        }
    }

    private void securityIn(Movement m, SecurityIn in, Currency currency) {
        TickerBookBuilder b = tickerOf(in.ticker(), currency);
        BigDecimal cost = Decimals.multiply(in.quantity(), in.costPerShare(), Decimals.MONEY_SCALE);
        if (b.isShort()) {
            // Shares moved in against a short cover it at the stated cost, as a BUY without cash would;
            // a transfer in against a short is unusual, so it is reported (DESIGN §3.3).
            BigDecimal closeQuantity = b.openQuantity().min(in.quantity());
            warn(m, "moves in " + plain(in.quantity()) + " shares against a short of " + plain(b.openQuantity())
                    + "; the short is covered at the stated cost per share");
            BigDecimal closeCost = closeQuantity.compareTo(in.quantity()) == 0 ? cost
                    : Decimals.proRataMoney(cost, closeQuantity, in.quantity());
            BigDecimal lotCost = b.closeFifo(closeQuantity);
            BigDecimal realized = lotCost.negate().subtract(closeCost);
            b.realized = b.realized.add(realized);
            TotalsBuilder t = totals(currency);
            t.realizedGains = t.realizedGains.add(realized);
            BigDecimal rest = in.quantity().subtract(closeQuantity);
            if (rest.signum() > 0) {
                BigDecimal restCost = cost.subtract(closeCost);
                b.openLot(false, rest, restCost);
                b.capitalDeployed = b.capitalDeployed.add(restCost);
            }
            return;
        }
        b.openLot(false, in.quantity(), cost);
        b.capitalDeployed = b.capitalDeployed.add(cost);
    }

    private void securityOut(Movement m, SecurityOut out, Currency currency) {
        TickerBookBuilder b = tickerOf(out.ticker(), currency);
        BigDecimal held = b.isLong() ? b.openQuantity() : Decimals.ZERO_QUANTITY;
        BigDecimal quantity = out.quantity();
        if (held.compareTo(quantity) < 0) {
            String problem = "moves out " + plain(quantity) + " shares but only " + plain(held) + " are held long";
            if (!policy.allowOrphanCloses()) {
                throw error(m, problem);
            }
            warn(m, problem + "; the excess is ignored");
            quantity = held;
        }
        if (quantity.signum() > 0) {
            b.closeFifo(quantity);
        }
    }

    // ---------------------------------------------------------------- options

    private void optionTrade(Movement m, OptionTrade trade, TotalsBuilder t) {
        Currency currency = m.currency();
        OptionContract contract = trade.contract();
        TickerBookBuilder b = tickerOf(contract.underlying(), currency);
        t.commissions = plus(t.commissions, trade.commissions());
        t.fees = plus(t.fees, trade.fees());
        t.optionsIncome = t.optionsIncome.add(trade.premium());
        b.commissions = plus(b.commissions, trade.commissions());
        b.fees = plus(b.fees, trade.fees());
        b.optionsPremium = b.optionsPremium.add(trade.premium());

        ContractKey key = new ContractKey(contract, currency);
        OptionAction action = trade.action();
        if (action.isOpen()) {
            boolean shortOpen = action == OptionAction.SELL_TO_OPEN;
            ContractBook book = draft.contract(key);
            if (book != null && book.isShort() != shortOpen) {
                throw error(m, action + " opposite to " + plain(book.openContracts()) + " open "
                        + (book.isShort() ? "short" : "long") + " contracts");
            }
            draft.putContract(key, ContractBook.open(book, shortOpen, new OptionLot(trade.contracts(), trade.net(), m.businessDate())));
            BigDecimal deployed;
            if (!shortOpen) {
                deployed = trade.premium().abs();
            } else if (contract.type() == OptionType.PUT) {
                deployed = Decimals.money(contract.strike().multiply(contract.multiplier()).multiply(trade.contracts()));
            } else {
                deployed = Decimals.ZERO_MONEY;
            }
            b.capitalDeployed = b.capitalDeployed.add(deployed);
        } else {
            Boolean needsShort = action == OptionAction.BUY_TO_CLOSE;
            BigDecimal realized = close(m, key, needsShort, trade.contracts(), trade.net());
            b.realized = b.realized.add(realized);
            t.realizedGains = t.realizedGains.add(realized);
        }
    }

    private void optionEvent(Movement m, OptionEvent event, TotalsBuilder t) {
        Currency currency = m.currency();
        TickerBookBuilder b = tickerOf(event.contract().underlying(), currency);
        BigDecimal cash = event.cashSettlement();
        t.optionsIncome = t.optionsIncome.add(cash);
        b.optionsPremium = b.optionsPremium.add(cash);
        Boolean needsShort = event.event() == OptionEventType.ASSIGNED ? Boolean.TRUE
                : event.event() == OptionEventType.EXERCISED ? Boolean.FALSE : null;
        BigDecimal realized = close(m, new ContractKey(event.contract(), currency), needsShort, event.contracts(), cash);
        b.realized = b.realized.add(realized);
        t.realizedGains = t.realizedGains.add(realized);
    }

    /**
     * Closes {@code quantity} contracts oldest lots first; realized = allocated open net + close net.
     * {@code needsShort}: true for BUY_TO_CLOSE and ASSIGNED, false for SELL_TO_CLOSE and EXERCISED,
     * null for EXPIRED (either).
     */
    private BigDecimal close(Movement m, ContractKey key, Boolean needsShort, BigDecimal quantity, BigDecimal closeNet) {
        ContractBook book = draft.contract(key);
        if (book != null && needsShort != null && book.isShort() != needsShort) {
            throw error(m, "needs " + (needsShort ? "a short" : "a long") + " position but "
                    + plain(book.openContracts()) + " contracts are open " + (book.isShort() ? "short" : "long"));
        }
        BigDecimal open = book == null ? Decimals.ZERO_QUANTITY : book.openContracts();
        BigDecimal closing = quantity;
        if (open.compareTo(quantity) < 0) {
            String problem = "closes " + plain(quantity) + " contracts but " + plain(open) + " are open";
            if (!policy.allowOrphanCloses()) {
                throw error(m, problem);
            }
            warn(m, problem + "; the rest is realized as if opened at zero");
            closing = open;
        }
        BigDecimal realized = closeNet;
        if (closing.signum() > 0) {
            ContractBook.Closed closed = book.closeOldest(closing, false);
            draft.putContract(key, closed.remaining());
            realized = realized.add(closed.net());
        }
        return realized;
    }

    /** Re-maps the oldest {@code contracts} open lots to the new strike; premiums and realized unchanged. */
    private void optionAdjustment(Movement m, OptionAdjustment adjustment) {
        Currency currency = m.currency();
        tickerOf(adjustment.contract().underlying(), currency);
        ContractKey oldKey = new ContractKey(adjustment.contract(), currency);
        ContractKey newKey = new ContractKey(adjustment.newContract(), currency);
        ContractBook book = draft.contract(oldKey);
        BigDecimal open = book == null ? Decimals.ZERO_QUANTITY : book.openContracts();
        BigDecimal quantity = adjustment.contracts();
        if (open.compareTo(quantity) < 0) {
            String problem = "adjusts " + plain(quantity) + " contracts but " + plain(open) + " are open";
            if (!policy.allowOrphanCloses()) {
                throw error(m, problem);
            }
            warn(m, problem + "; only the open ones are adjusted");
            quantity = open;
        }
        if (quantity.signum() == 0) {
            return;
        }
        ContractBook target = draft.contract(newKey);
        if (target != null && target.isShort() != book.isShort()) {
            throw error(m, "the new strike has contracts open in the opposite direction");
        }
        ContractBook.Adjusted adjusted = book.adjust(quantity, target);
        // The old key first: a new contract equal to the old one ends with the target book.
        draft.putContract(oldKey, adjusted.remaining());
        draft.putContract(newKey, adjusted.target());
    }

    // ---------------------------------------------------------------- (3) auto-expiry

    void applyAutoExpiry() {
        SortedMap<ContractKey, ContractBook> current = draft.contracts();
        List<ContractKey> due = null;
        for (ContractKey key : current.keySet()) {
            LocalDate expiration = key.contract().expiration();
            if (!expiration.isAfter(day) && policy.autoExpiryDue(expiration)) {
                if (due == null) {
                    due = new ArrayList<>(2);
                }
                due.add(key);
            }
        }
        if (due == null) {
            return;
        }
        for (ContractKey key : due) {
            ContractBook book = draft.contract(key);
            draft.putContract(key, null);
            BigDecimal realized = book.totalNet();
            PositionKey position = key.position();
            TickerBookBuilder b = book(position);
            b.realized = b.realized.add(realized);
            TotalsBuilder t = totals(key.currency());
            t.realizedGains = t.realizedGains.add(realized);
            markEvent(position);
        }
    }

    // ---------------------------------------------------------------- freeze and snapshots

    DayResult finish() {
        touchedCurrencies.forEach((currency, builder) -> draft.putCurrency(currency, builder.freeze()));
        for (FoldMemo.Position position : touchedTickers) {
            draft.putTicker(position.key, position.builder.freeze());
        }
        return snapshots(draft.build(day));
    }

    /**
     * Per-currency sums over the priced and unpriced open stock positions: Σ invested, Σ market
     * value, Σ unrealized gains of the positions' figures ({@link SnapshotFigures}, cached by the memo).
     */
    private static final class CurrencyValuation {
        BigDecimal invested = Decimals.ZERO_MONEY;
        BigDecimal marketValue = Decimals.ZERO_MONEY;
        BigDecimal unrealized = Decimals.ZERO_MONEY;
        BigDecimal pricedCost = Decimals.ZERO_MONEY;
        int unpriced;
        boolean openTrades;
    }

    private DayResult snapshots(AccountState after) {
        long accountId = after.accountId();
        Set<Currency> currenciesWithOptions = memo.optionCurrencies(after.contracts());
        Map<Currency, CurrencyValuation> valuations = new HashMap<>(4);
        List<TickerSnapshot> tickerRows = new ArrayList<>(after.tickers().size());
        for (Map.Entry<PositionKey, TickerBook> entry : after.tickers().entrySet()) {
            PositionKey key = entry.getKey();
            TickerBook book = entry.getValue();
            boolean stockOpen = book.isOpen();
            FoldMemo.Position position = memo.position(key);
            boolean optionsOpen = memo.hasOptions(after.contracts(), position);
            boolean row = stockOpen || optionsOpen || position.activeOn == stamp;
            if (!row) {
                continue;
            }
            BigDecimal price = position.closes.at(day);
            // Figures of the book (shares, cost basis, invested, total income, performance) are
            // derived again only when the book changed since the position's last row.
            position.derive(book);
            BigDecimal marketValue = Decimals.ZERO_MONEY;
            BigDecimal unrealized = Decimals.ZERO_MONEY;
            if (stockOpen) {
                CurrencyValuation v = valuations.get(key.currency());
                if (v == null) {
                    v = new CurrencyValuation();
                    valuations.put(key.currency(), v);
                }
                v.openTrades = true;
                v.invested = v.invested.add(position.invested);
                if (price != null) {
                    position.value(price);
                    marketValue = position.marketValue();
                    unrealized = position.unrealized();
                    v.marketValue = v.marketValue.add(marketValue);
                    v.unrealized = v.unrealized.add(unrealized);
                    v.pricedCost = v.pricedCost.add(position.invested);
                } else {
                    v.unpriced++;
                }
            }
            var t = book.totals();
            tickerRows.add(new TickerSnapshot(accountId, day, key.ticker(), key.currency(), position.shares,
                    position.costBasis, position.invested, t.realized(), t.dividends(), t.dividendTaxes(),
                    t.optionsPremium(), t.commissions(), t.fees(), position.totalIncome, t.capitalDeployed(),
                    position.performance, price, marketValue, unrealized, stockOpen || optionsOpen));
        }
        List<FinancialSnapshot> financialRows = new ArrayList<>(after.currencies().size());
        CurrencyValuation none = new CurrencyValuation();
        for (Map.Entry<Currency, CurrencyTotals> entry : after.currencies().entrySet()) {
            Currency currency = entry.getKey();
            CurrencyTotals t = entry.getValue();
            CurrencyValuation v = valuations.getOrDefault(currency, none);
            BigDecimal netCashFlow = SnapshotFigures.netCashFlow(t);
            BigDecimal realizedPercentage = SnapshotFigures.realizedPercentage(t.realizedGains(), netCashFlow);
            financialRows.add(new FinancialSnapshot(accountId, day, currency, t.movementCount(), t.deposited(),
                    t.withdrawn(), t.commissions(), t.fees(), t.dividendsReceived(), t.optionsIncome(), t.otherIncome(),
                    t.realizedGains(), netCashFlow, v.invested, v.unrealized, realizedPercentage,
                    v.openTrades || currenciesWithOptions.contains(currency), v.marketValue,
                    SnapshotFigures.unrealizedPercentage(v.unrealized, v.pricedCost), v.unpriced));
        }
        return new DayResult(day, after, financialRows, tickerRows, activeCurrencies, snapshotDate,
                warnings == null ? List.of() : warnings);
    }

    /**
     * a + b; a itself when b is a zero of no larger scale (the sum would equal a in value and scale),
     * so figures a movement does not change keep their instance and nothing is allocated.
     */
    private static BigDecimal plus(BigDecimal a, BigDecimal b) {
        return b.signum() == 0 && b.scale() <= a.scale() ? a : a.add(b);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
