package dev.snapfolio.domain.state;

import dev.snapfolio.domain.money.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An open option lot: contracts > 0 (scale 8), the net cash of its opening (premium − costs,
 * signed) and its open date, the business date of the trade that opened it. The open date stays
 * with the lot through splits and adjustments: FIFO on a contract is by open date (DESIGN §3.3).
 * A lot stored before lots carried their date has {@link #UNKNOWN_OPEN_DATE}, which sorts before
 * every known date (such a lot was open on the stored state's date, so it is older than any lot a
 * later run opens).
 */
public record OptionLot(BigDecimal contracts, BigDecimal totalNet, LocalDate openDate) {
    /** The open date of a lot whose date was not stored: before every real date. */
    public static final LocalDate UNKNOWN_OPEN_DATE = LocalDate.MIN;

    public OptionLot {
        contracts = Decimals.quantity(contracts);
        totalNet = Decimals.money(totalNet);
        Objects.requireNonNull(openDate, "openDate");
    }

    /** Whether the lot knows the date it was opened (see {@link #UNKNOWN_OPEN_DATE}). */
    public boolean openDateKnown() {
        return !openDate.equals(UNKNOWN_OPEN_DATE);
    }

    /** This lot with other contracts and net, opened on the same date. */
    public OptionLot with(BigDecimal newContracts, BigDecimal newTotalNet) {
        return new OptionLot(newContracts, newTotalNet, openDate);
    }
}
