package dev.snapfolio.adapter.persistence;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;

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

    void insertFinancial(FinancialSnapshotRow row);

    void updateFinancial(FinancialSnapshotRow row);

    void deleteFinancial(@Param("accountId") long accountId, @Param("date") LocalDate date,
            @Param("currency") String currency);

    void insertTicker(TickerSnapshotRow row);

    void updateTicker(TickerSnapshotRow row);

    void deleteTicker(@Param("accountId") long accountId, @Param("date") LocalDate date, @Param("ticker") String ticker,
            @Param("currency") String currency);

    void upsertState(StateRow row);

    void deleteState(@Param("accountId") long accountId, @Param("date") LocalDate date);
}
