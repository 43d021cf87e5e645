package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.adapter.out.persistence.state.Interned;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.Split;
import dev.snapfolio.domain.reference.SplitRatio;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** The {@link WholeRowTypeHandler}s of the domain values loaded in bulk: movements, prices, splits. */
final class RowReaders {
    private RowReaders() {
    }

    /** A row of {@code movement} with the columns of MovementMapper.xml's {@code columns}. */
    static final class MovementReader extends WholeRowTypeHandler<Movement> {
        @Override
        Movement read(ResultSet rs) throws SQLException {
            return MovementRow.read(rs).toDomain();
        }
    }

    /** A row of {@code price}: ticker, currency, price_date, close. */
    static final class PriceReader extends WholeRowTypeHandler<Price> {
        @Override
        Price read(ResultSet rs) throws SQLException {
            return new Price(Interned.ticker(rs.getString("ticker")), Interned.currency(rs.getString("currency")),
                    rs.getObject("price_date", LocalDate.class), rs.getBigDecimal("close"));
        }
    }

    /** A row of {@code split}: ticker, split_date, ratio_numerator, ratio_denominator. */
    static final class SplitReader extends WholeRowTypeHandler<Split> {
        @Override
        Split read(ResultSet rs) throws SQLException {
            return new Split(Interned.ticker(rs.getString("ticker")), rs.getObject("split_date", LocalDate.class),
                    SplitRatio.of(rs.getLong("ratio_numerator"), rs.getLong("ratio_denominator")));
        }
    }
}
