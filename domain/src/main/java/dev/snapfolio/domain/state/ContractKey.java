package dev.snapfolio.domain.state;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.movement.OptionContract;

/** An option contract traded in a currency: the key of open option lots. */
public record ContractKey(OptionContract contract, Currency currency) implements Comparable<ContractKey> {

    public PositionKey position() {
        return new PositionKey(contract.underlying(), currency);
    }

    @Override
    public int compareTo(ContractKey other) {
        int c = contract.compareTo(other.contract);
        return c != 0 ? c : currency.compareTo(other.currency);
    }
}
