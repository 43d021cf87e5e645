package dev.snapfolio.domain.state;

import dev.snapfolio.domain.money.Decimals;
import java.math.BigDecimal;
import java.util.List;

/** The open lots of one contract, oldest first; all long or all short (written), never both. */
public record ContractBook(boolean isShort, List<OptionLot> lots) {
    public ContractBook {
        lots = List.copyOf(lots);
    }

    public BigDecimal openContracts() {
        BigDecimal sum = Decimals.ZERO_QUANTITY;
        for (OptionLot lot : lots) {
            sum = sum.add(lot.contracts());
        }
        return sum;
    }
}
