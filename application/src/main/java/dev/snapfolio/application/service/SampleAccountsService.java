package dev.snapfolio.application.service;

import dev.snapfolio.application.port.in.CreateSampleAccountsUseCase;
import dev.snapfolio.application.port.out.AccountRepository;
import dev.snapfolio.application.port.out.DirtyMarkRepository;
import dev.snapfolio.application.port.out.MovementRepository;
import dev.snapfolio.application.port.out.ReferenceDataRepository;
import dev.snapfolio.application.port.out.UnitOfWork;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.money.ValidationException;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.Split;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Generated accounts in one transaction per call: prices, splits, accounts, movements (batched), dirty marks. */
public class SampleAccountsService implements CreateSampleAccountsUseCase {
    private final AccountRepository accounts;
    private final MovementRepository movements;
    private final ReferenceDataRepository referenceData;
    private final DirtyMarkRepository dirtyMarks;
    private final UnitOfWork unitOfWork;

    @Inject
    public SampleAccountsService(AccountRepository accounts, MovementRepository movements,
            ReferenceDataRepository referenceData, DirtyMarkRepository dirtyMarks, UnitOfWork unitOfWork) {
        this.accounts = accounts;
        this.movements = movements;
        this.referenceData = referenceData;
        this.dirtyMarks = dirtyMarks;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public List<Account> createSampleAccounts(List<Price> prices, List<Split> splits, List<SampleAccount> drafts) {
        Set<Ticker> tickers = new HashSet<>();
        prices.forEach(p -> tickers.add(p.ticker()));
        splits.forEach(s -> tickers.add(s.ticker()));
        Set<String> names = new HashSet<>();
        for (SampleAccount draft : drafts) {
            if (!names.add(draft.name())) {
                throw new ValidationException("name", "'" + draft.name() + "' is given twice");
            }
            draft.movements().forEach(m -> {
                if (m.detail().ticker() != null) {
                    tickers.add(m.detail().ticker());
                }
            });
        }
        for (Ticker ticker : tickers) {
            if (!ticker.reservedForDemo()) {
                throw new ValidationException("ticker", "'" + ticker + "' is not a generated-data ticker: sample "
                        + "accounts write only tickers reserved for generated data (DEMO<n>:<symbol>)");
            }
        }
        for (SampleAccount draft : drafts) {
            accounts.findByName(draft.name()).ifPresent(existing -> {
                throw new ValidationException("name", "'" + draft.name() + "' is already used by account #"
                        + existing.id());
            });
        }
        return unitOfWork.inTransaction(() -> {
            referenceData.savePrices(prices);
            referenceData.saveSplits(splits);
            List<Account> created = new ArrayList<>(drafts.size());
            List<Movement> rows = new ArrayList<>();
            for (SampleAccount draft : drafts) {
                Account account = accounts.create(new Account(0, draft.name(), "Sample Broker", draft.currency()));
                created.add(account);
                draft.movements().forEach(m -> rows.add(m.withAccount(account.id()).withId(0)));
            }
            movements.insertAll(rows);
            for (int i = 0; i < drafts.size(); i++) {
                List<Movement> own = drafts.get(i).movements();
                if (!own.isEmpty()) {
                    dirtyMarks.markDirty(created.get(i).id(),
                            own.stream().map(Movement::businessDate).min(java.time.LocalDate::compareTo).orElseThrow());
                }
            }
            return created;
        });
    }
}
