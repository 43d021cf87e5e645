package dev.snapfolio.adapter.out.persistence;

import dev.snapfolio.domain.reference.Price;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of {@code price}. */
record PriceRow(String ticker, String currency, LocalDate priceDate, BigDecimal close) {
    static PriceRow from(Price price) {
        return new PriceRow(price.ticker().symbol(), price.currency().code(), price.date(), price.close());
    }
}
