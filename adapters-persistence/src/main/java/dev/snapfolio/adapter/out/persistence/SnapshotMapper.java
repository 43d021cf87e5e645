package dev.snapfolio.adapter.out.persistence;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Reads of the snapshot tables; {@link SnapshotBatchWriter} writes them. */
interface SnapshotMapper {
    StateRow findStateBefore(@Param("accountId") long accountId, @Param("date") LocalDate date);

    /** Financial rows and states of the range in one statement: {@link FinancialSnapshotRow}s and {@link StateRow}s. */
    List<Object> findFinancialsAndStates(@Param("accountId") long accountId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    List<FinancialSnapshotRow> findFinancials(@Param("accountId") long accountId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    List<TickerSnapshotRow> findTickers(@Param("accountId") long accountId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    List<LocalDate> findStoredDates(@Param("accountId") long accountId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    int countVisitDates(@Param("accountId") long accountId, @Param("from") LocalDate from, @Param("to") LocalDate to);
}
