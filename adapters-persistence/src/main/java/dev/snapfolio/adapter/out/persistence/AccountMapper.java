package dev.snapfolio.adapter.out.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Param;

interface AccountMapper {
    void insert(@Param("row") AccountRow row, @Param("key") GeneratedKey key);

    AccountRow findById(@Param("id") long id);

    AccountRow findByName(@Param("name") String name);

    List<AccountRow> findAll();
}
