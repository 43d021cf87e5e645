package dev.snapfolio.adapter.out.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Param;

interface ImportBatchMapper {
    void insert(@Param("row") ImportBatchRow row, @Param("key") GeneratedKey key);

    int tagMovements(@Param("importId") long importId, @Param("accountId") long accountId,
            @Param("ids") List<Long> movementIds);

    ImportBatchRow findById(@Param("id") long id);

    List<ImportBatchRow> find(@Param("accountId") Long accountId);

    List<Long> findMovementIds(@Param("importId") long importId);

    int deleteMovements(@Param("importId") long importId);

    int delete(@Param("id") long id);
}
