package dev.snapfolio.adapter.out.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Param;

interface RunLogMapper {
    void insert(@Param("row") RunLogRow row, @Param("key") GeneratedKey key);

    /** Marks the account's runs still RUNNING as INTERRUPTED with {@code error}. */
    int interruptRunning(@Param("accountId") long accountId, @Param("error") String error);

    /** Replaces every field of the run {@code row.id}. */
    int update(@Param("row") RunLogRow row);

    List<RunLogRow> findRecent(@Param("limit") int limit, @Param("accountId") Long accountId);

    List<RunLogRow> findAll();
}
