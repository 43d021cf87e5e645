package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.domain.reference.Split;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of {@code split}. */
record SplitRow(String ticker, LocalDate splitDate, BigDecimal ratio) {
    static SplitRow from(Split split) {
        return new SplitRow(split.ticker().symbol(), split.date(), split.ratio());
    }
}
