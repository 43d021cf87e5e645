package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.domain.movement.Movement;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The reads of a bulk rebuild over a range of account ids. */
interface AccountRangeMapper {
    List<Long> findAccountIds(@Param("fromId") long fromId, @Param("toId") long toId);

    List<Movement> findMovements(@Param("fromId") long fromId, @Param("toId") long toId);

    List<DirtyMarkRow> findDirtyMarks(@Param("fromId") long fromId, @Param("toId") long toId);

    /** The marks of [fromId, toId], locked until the transaction ends (the gaps too: no mark is added meanwhile). */
    List<DirtyMarkRow> lockDirtyMarks(@Param("fromId") long fromId, @Param("toId") long toId);
}
