package dev.snapfolio.domain.state;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.movement.OptionContract;
import java.math.BigDecimal;

/** An option contract traded in a currency: the key of open option lots. */
public record ContractKey(OptionContract contract, Currency currency) implements Comparable<ContractKey> {

    public PositionKey position() {
        return new PositionKey(contract.underlying(), currency);
    }

    /** The key after a split of ratio r of the underlying: strike ÷ r at price scale (the lots: {@link ContractBook#split}). */
    public ContractKey split(BigDecimal ratio) {
        return new ContractKey(contract.withStrike(Decimals.price(Decimals.divide(contract.strike(), ratio))), currency);
    }

    @Override
    public int compareTo(ContractKey other) {
        int c = contract.compareTo(other.contract);
        return c != 0 ? c : currency.compareTo(other.currency);
    }
}
