package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.application.port.in.NotFoundException;
import dev.snapfolio.application.port.out.AccountDeletion;
import jakarta.inject.Inject;
import org.mybatis.guice.transactional.Transactional;

class MyBatisAccountDeletion implements AccountDeletion {
    private final AccountMapper mapper;

    @Inject
    MyBatisAccountDeletion(AccountMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public int deleteWithAllData(long accountId) {
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
    }
}
