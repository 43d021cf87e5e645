package dev.snapfolio.adapter.out.persistence;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Settings and dirty marks: the small tables the coordinator keeps. */
interface ProcessingMapper {
    String findSetting(@Param("key") String key);

    void saveSetting(@Param("key") String key, @Param("value") String value);

    void deleteSetting(@Param("key") String key);

    List<SettingRow> findAllSettings();

    void markDirty(@Param("accountId") long accountId, @Param("from") LocalDate from);

    DirtyMarkRow findDirtyMark(@Param("accountId") long accountId);

    int clearDirtyMark(@Param("accountId") long accountId, @Param("counter") long counter,
            @Param("expiryKnown") boolean expiryKnown, @Param("nextExpiry") LocalDate nextExpiry);

    /** Clears the mark while its counter is {@code counter}, leaving it dirty from {@code keepFrom} (new counter). */
    int clearDirtyMarkKeeping(@Param("accountId") long accountId, @Param("counter") long counter,
            @Param("keepFrom") LocalDate keepFrom, @Param("expiryKnown") boolean expiryKnown,
            @Param("nextExpiry") LocalDate nextExpiry);

    /** The account's next expiry becomes unknown (read again from its latest state by the next refresh). */
    void forgetNextExpiry(@Param("accountId") long accountId);

    void recordNextExpiry(@Param("accountId") long accountId, @Param("nextExpiry") LocalDate nextExpiry);

    int markExpiriesDue(@Param("lastDue") LocalDate lastDue);

    List<Long> findUnknownNextExpiry(@Param("limit") int limit);

    List<DirtyMarkRow> findDirtyMarks();

    List<DirtyMarkRow> selectClaimable(@Param("worker") String worker, @Param("today") LocalDate today,
            @Param("limit") int limit);

    int lease(@Param("accountIds") List<Long> accountIds, @Param("worker") String worker,
            @Param("leaseMicros") long leaseMicros);

    int renewLease(@Param("accountId") long accountId, @Param("worker") String worker,
            @Param("leaseMicros") long leaseMicros);

    int releaseLeases(@Param("worker") String worker);
}
