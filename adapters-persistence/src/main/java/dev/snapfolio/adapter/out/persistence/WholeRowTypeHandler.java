package dev.snapfolio.adapter.out.persistence;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.TypeHandler;

/**
 * Reads a domain value from the current row of a result set, all its columns at once. Registered
 * for the domain type, it makes MyBatis hand the row to {@link #read} for every statement whose
 * result type is that type (a result type with a type handler is mapped by the handler alone),
 * instead of resolving a constructor, collecting its arguments and filling a meta object per
 * row: the reads that load tens of thousands of rows then cost about what plain JDBC costs, and
 * still run, and are counted, as mapped statements. The domain types are never statement
 * parameters (the writes bind row records), so binding one is refused.
 */
abstract class WholeRowTypeHandler<T> implements TypeHandler<T> {
    /** The value of the current row; {@code rs} is positioned on it and must not be moved. */
    abstract T read(ResultSet rs) throws SQLException;

    @Override
    public final T getResult(ResultSet rs, String columnName) throws SQLException {
        return read(rs);
    }

    @Override
    public final T getResult(ResultSet rs, int columnIndex) throws SQLException {
        return read(rs);
    }

    @Override
    public final T getResult(CallableStatement cs, int columnIndex) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " reads result sets only");
    }

    @Override
    public final void setParameter(PreparedStatement ps, int i, T parameter, JdbcType jdbcType) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " reads rows; bind a row record instead");
    }

}
