package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.adapter.out.persistence.state.Interned;
import dev.snapfolio.domain.money.Checks;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.Split;
import dev.snapfolio.domain.reference.SplitRatio;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The {@link WholeRowTypeHandler}s of the domain values loaded in bulk: movements, prices, splits.
 * Stored values are rebuilt without the creation checks ({@link Checks#restoring}).
 */
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
            String ticker = rs.getString("ticker");
            String currency = rs.getString("currency");
            LocalDate date = rs.getObject("price_date", LocalDate.class);
            BigDecimal close = rs.getBigDecimal("close");
            return Checks.restoring(() -> new Price(Interned.ticker(ticker), Interned.currency(currency), date, close));
        }
    }

    /** A row of {@code split}: ticker, split_date, ratio_numerator, ratio_denominator. */
    static final class SplitReader extends WholeRowTypeHandler<Split> {
        @Override
        Split read(ResultSet rs) throws SQLException {
            String ticker = rs.getString("ticker");
            LocalDate date = rs.getObject("split_date", LocalDate.class);
            SplitRatio ratio = SplitRatio.of(rs.getLong("ratio_numerator"), rs.getLong("ratio_denominator"));
            return Checks.restoring(() -> new Split(Interned.ticker(ticker), date, ratio));
        }
    }
}
