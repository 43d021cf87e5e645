package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.in.NotFoundException;
import dev.snapfolio.application.port.out.AccountDeletion;
import dev.snapfolio.application.port.out.UnitOfWork;
import jakarta.inject.Inject;

class MyBatisAccountDeletion implements AccountDeletion {
    private final AccountMapper mapper;
    private final UnitOfWork unitOfWork;

    @Inject
    MyBatisAccountDeletion(AccountMapper mapper, UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
        this.mapper = mapper;
    }

    @Override
    public int deleteWithAllData(long accountId) {
        return unitOfWork.inTransaction(() -> {
            mapper.deleteTickerSnapshots(accountId);
            mapper.deleteFinancialSnapshots(accountId);
            mapper.deleteStates(accountId);
            mapper.deleteRuns(accountId);
            mapper.deleteDirtyMark(accountId);
            int movements = mapper.deleteMovements(accountId);
            mapper.deleteImportBatches(accountId);
            if (mapper.delete(accountId) == 0) {
                throw new NotFoundException("account #" + accountId + " not found");
            }
            return movements;
        });
    }
}
