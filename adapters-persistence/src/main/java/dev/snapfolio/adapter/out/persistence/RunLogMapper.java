package dev.snapfolio.adapter.out.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Param;

interface RunLogMapper {
    void insert(@Param("row") RunLogRow row, @Param("key") GeneratedKey key);

    List<RunLogRow> findRecent(@Param("limit") int limit, @Param("accountId") Long accountId);

    List<RunLogRow> findAll();
}
