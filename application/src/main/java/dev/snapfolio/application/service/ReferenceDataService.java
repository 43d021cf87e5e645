package dev.snapfolio.application.service;

import dev.snapfolio.application.port.in.ChangeRejectedException;
import dev.snapfolio.application.port.in.DeletePricesUseCase;
import dev.snapfolio.application.port.in.DeleteSplitUseCase;
import dev.snapfolio.application.port.in.NotFoundException;
import dev.snapfolio.application.port.in.RecordPricesUseCase;
import dev.snapfolio.application.port.in.RecordSplitsUseCase;
import dev.snapfolio.application.port.in.ReferenceDataQueries;
import dev.snapfolio.application.port.in.SplitQueries;
import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.ReferenceDataRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.application.processing.ProcessingSettingsProvider;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.calc.DomainException;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.Split;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prices and splits: shared by every account, so each change marks exactly the accounts trading
 * the ticker dirty from the change's date, in the change's transaction (no run per price —
 * {@code refresh} processes them). A split change is first applied in memory to the history of
 * every such account (validate before commit, DESIGN §4, §9): one that would break an account is
 * refused naming the accounts, movements and dates, unless the caller allows it.
 */
public class ReferenceDataService implements RecordPricesUseCase, RecordSplitsUseCase, DeleteSplitUseCase,
        DeletePricesUseCase, ReferenceDataQueries, SplitQueries {
    private static final Logger LOG = LoggerFactory.getLogger(ReferenceDataService.class);

    private final ReferenceDataRepository referenceData;
    private final MovementRepository movements;
    private final DirtyMarkRepository dirtyMarks;
    private final UnitOfWork unitOfWork;
    private final AccountRepository accounts;
    private final ChangeValidator validator;
    private final ProcessingSettingsProvider settings;
    private final Clock clock;

    @Inject
    public ReferenceDataService(ReferenceDataRepository referenceData, MovementRepository movements,
            DirtyMarkRepository dirtyMarks, UnitOfWork unitOfWork, AccountRepository accounts, ChangeValidator validator,
            ProcessingSettingsProvider settings, Clock clock) {
        this.referenceData = referenceData;
        this.movements = movements;
        this.dirtyMarks = dirtyMarks;
        this.unitOfWork = unitOfWork;
        this.accounts = accounts;
        this.validator = validator;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public ReferenceDataResult recordPrices(RecordPricesCommand command) {
        command.prices().forEach(p -> p.ticker().requireReal());
        Map<Ticker, LocalDate> earliest = earliest(command.prices(), Price::ticker, Price::date);
        return commit("prices", command.prices().size(), earliest, List.of(),
                () -> referenceData.savePrices(command.prices()));
    }

    @Override
    public ReferenceDataResult recordSplits(RecordSplitsCommand command) {
        command.splits().forEach(s -> s.ticker().requireReal());
        Map<Ticker, LocalDate> earliest = earliest(command.splits(), Split::ticker, Split::date);
        Map<Ticker, List<Split>> after = new TreeMap<>();
        for (Ticker ticker : earliest.keySet()) {
            Map<LocalDate, Split> byDate = new TreeMap<>();
            referenceData.findSplits(ticker).forEach(s -> byDate.put(s.date(), s));
            command.splits().stream().filter(s -> s.ticker().equals(ticker)).forEach(s -> byDate.put(s.date(), s));
            after.put(ticker, new ArrayList<>(byDate.values()));
        }
        String what = command.splits().size() == 1 ? "split " + describe(command.splits().get(0))
                : command.splits().size() + " splits";
        List<String> invalid = validate("cannot record " + what, earliest, after, command.allowInvalid());
        return commit("splits", command.splits().size(), earliest, invalid,
                () -> referenceData.saveSplits(command.splits()));
    }

    @Override
    public ReferenceDataResult deleteSplit(DeleteSplitCommand command) {
        Ticker ticker = command.ticker();
        List<Split> stored = referenceData.findSplits(ticker);
        Split doomed = stored.stream().filter(s -> s.date().equals(command.date())).findFirst()
                .orElseThrow(() -> new NotFoundException("no split of " + ticker + " on " + command.date()
                        + (stored.isEmpty() ? " (" + ticker + " has no splits)" : "")));
        List<Split> after = stored.stream().filter(s -> s != doomed).toList();
        Map<Ticker, LocalDate> earliest = Map.of(ticker, doomed.date());
        List<String> invalid = validate("cannot delete split " + describe(doomed), earliest, Map.of(ticker, after),
                command.allowInvalid());
        return commit("split deleted", 1, earliest, invalid, () -> referenceData.deleteSplit(ticker, doomed.date()));
    }

    @Override
    public ReferenceDataResult deletePrices(DeletePricesCommand command) {
        Ticker ticker = command.ticker();
        int count = referenceData.listPrices(ticker, command.from(), command.to()).size();
        if (count == 0) {
            throw new NotFoundException("no price of " + ticker + (command.from().equals(command.to())
                    ? " on " + command.from() : " from " + command.from() + " to " + command.to()));
        }
        // A price only values positions: no history can become invalid, nothing to validate.
        return commit("prices deleted", count, Map.of(ticker, command.from()), List.of(),
                () -> referenceData.deletePrices(ticker, command.from(), command.to()));
    }

    @Override
    public List<Price> prices(Ticker ticker, LocalDate from, LocalDate to) {
        return referenceData.listPrices(ticker, from, to);
    }

    @Override
    public List<Split> splits(Optional<Ticker> ticker) {
        return ticker.map(referenceData::findSplits).orElseGet(referenceData::findAllSplits);
    }

    private static String describe(Split split) {
        return split.ticker() + " on " + split.date() + " (ratio " + split.ratio() + ")";
    }

    /**
     * Applies every affected account's history with the proposed splits in memory. Refuses when one
     * breaks, unless allowed: then returns the broken accounts, each named with what broke.
     */
    private List<String> validate(String action, Map<Ticker, LocalDate> earliest, Map<Ticker, List<Split>> after,
            boolean allowInvalid) {
        LocalDate today = LocalDate.now(clock);
        List<String> broken = new ArrayList<>();
        LocalDate firstDate = null;
        DomainException first = null;
        for (Map.Entry<Long, LocalDate> entry : affectedAccounts(earliest).entrySet()) {
            long accountId = entry.getKey();
            Optional<DomainException> error = validator.checkSplits(accountId, entry.getValue(), after,
                    settings.policy(today, accountId));
            if (error.isPresent()) {
                DomainException e = error.get();
                broken.add(accountLabel(accountId) + ": " + ChangeValidator.describe(e, Map.of()));
                if (first == null) {
                    first = e;
                    firstDate = e.date();
                }
            }
        }
        if (!broken.isEmpty() && !allowInvalid) {
            String because = broken.size() == 1
                    ? "it would make account " + broken.get(0).replaceFirst(": ", " invalid: ")
                    : "it would make " + broken.size() + " accounts invalid: " + String.join("; ", broken);
            throw new ChangeRejectedException(action + ": " + because, firstDate, first);
        }
        return broken;
    }

    private String accountLabel(long accountId) {
        return accounts.findById(accountId).map(Account::name).map(n -> "'" + n + "' (#" + accountId + ")")
                .orElse("#" + accountId);
    }

    private static <T> Map<Ticker, LocalDate> earliest(Collection<T> items, Function<T, Ticker> ticker,
            Function<T, LocalDate> date) {
        Map<Ticker, LocalDate> earliest = new TreeMap<>();
        for (T item : items) {
            earliest.merge(ticker.apply(item), date.apply(item), (a, b) -> a.isBefore(b) ? a : b);
        }
        return earliest;
    }

    private ReferenceDataResult commit(String what, int count, Map<Ticker, LocalDate> earliest, List<String> invalid,
            Runnable store) {
        Supplier<Set<Long>> work = () -> {
            store.run();
            Map<Long, LocalDate> fromByAccount = affectedAccounts(earliest);
            fromByAccount.forEach(dirtyMarks::markDirty);
            return new TreeSet<>(fromByAccount.keySet());
        };
        Set<Long> marked = unitOfWork.inTransaction(work);
        LOG.info("{} {}; {} accounts marked dirty{}", count, what, marked.size(),
                invalid.isEmpty() ? "" : "; invalid as allowed: " + invalid);
        return new ReferenceDataResult(count, marked, invalid);
    }

    /** Every account trading one of the tickers, from the earliest date given for its tickers. */
    private Map<Long, LocalDate> affectedAccounts(Map<Ticker, LocalDate> fromByTicker) {
        Map<Long, LocalDate> fromByAccount = new TreeMap<>();
        fromByTicker.forEach((ticker, date) -> {
            for (long accountId : movements.findAccountsWithTicker(ticker)) {
                fromByAccount.merge(accountId, date, (a, b) -> a.isBefore(b) ? a : b);
            }
        });
        return fromByAccount;
    }
}
