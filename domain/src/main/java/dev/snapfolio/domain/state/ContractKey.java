package dev.snapfolio.domain.state;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Decimals;
import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.domain.reference.SplitRatio;

/** An option contract traded in a currency: the key of open option lots. */
public record ContractKey(OptionContract contract, Currency currency) implements Comparable<ContractKey> {

    public PositionKey position() {
        return new PositionKey(contract.underlying(), currency);
    }

    /**
     * The key after a split of ratio r of the underlying, as the exchanges (OCC) adjust it: a whole
     * r ≥ 2 gives strike ÷ r at price scale; any other r (3:2, reverse splits) keeps the strike and
     * multiplies the deliverable (multiplier) by r. The lots: {@link ContractBook#split}.
     */
    public ContractKey split(SplitRatio ratio) {
        OptionContract adjusted = ratio.isWhole()
                ? contract.withStrike(ratio.divide(contract.strike(), Decimals.PRICE_SCALE))
                : contract.withMultiplier(ratio.multiply(contract.multiplier(), Decimals.QUANTITY_SCALE));
        return new ContractKey(adjusted, currency);
    }

    @Override
    public int compareTo(ContractKey other) {
        int c = contract.compareTo(other.contract);
        return c != 0 ? c : currency.compareTo(other.currency);
    }
}
