package dev.snapfolio.adapter.out.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Param;

interface AccountMapper {
    void insert(@Param("row") AccountRow row, @Param("key") GeneratedKey key);

    void insertWithId(@Param("row") AccountRow row);

    int rename(@Param("id") long id, @Param("name") String name);

    int deleteTickerSnapshots(@Param("accountId") long accountId);

    int deleteFinancialSnapshots(@Param("accountId") long accountId);

    int deleteStates(@Param("accountId") long accountId);

    int deleteRuns(@Param("accountId") long accountId);

    int deleteDirtyMark(@Param("accountId") long accountId);

    int deleteMovements(@Param("accountId") long accountId);

    int deleteImportBatches(@Param("accountId") long accountId);

    int delete(@Param("accountId") long accountId);

    AccountRow findById(@Param("id") long id);

    AccountRow findByName(@Param("name") String name);

    List<AccountRow> findAll();
}
