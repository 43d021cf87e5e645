package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.domain.movement.Movement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;

interface MovementMapper {
    void insert(@Param("row") MovementRow row, @Param("key") GeneratedKey key);

    /** Batch insert: ids come from AUTO_INCREMENT and are read back in order. */
    void insertRow(MovementRow row);

    int update(@Param("row") MovementRow row);

    int delete(@Param("id") long id);

    /** Serializes inserts into one account, so ids read back belong to this transaction. */
    Long lockAccount(@Param("accountId") long accountId);

    long findMaxIdOfAccount(@Param("accountId") long accountId);

    List<Long> findIdsAbove(@Param("accountId") long accountId, @Param("above") long above);

    Movement findById(@Param("id") long id);

    List<Movement> findByAccount(@Param("accountId") long accountId);

    List<Movement> findFrom(@Param("accountId") long accountId, @Param("from") LocalDate from);

    List<Movement> findOn(@Param("accountId") long accountId, @Param("day") LocalDate day);

    LocalDate findNextBusinessDate(@Param("accountId") long accountId, @Param("after") LocalDate after);

    LocalDate findEarliestBusinessDate(@Param("accountId") long accountId);

    List<String> findExistingSourceKeys(@Param("accountId") long accountId, @Param("keys") Collection<String> keys);

    List<Long> findAccountsWithTicker(@Param("ticker") String ticker);

    List<String> findTickers(@Param("accountId") long accountId);

    long findMaxId();
}
