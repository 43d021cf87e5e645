package dev.snapfolio.domain.state;

import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.movement.OptionContract;
import java.util.Comparator;

/** An option contract traded in a currency: the key of open option lots. */
public record ContractKey(OptionContract contract, Currency currency) implements Comparable<ContractKey> {
    private static final Comparator<ContractKey> ORDER =
            Comparator.comparing(ContractKey::contract).thenComparing(ContractKey::currency);

    public PositionKey position() {
        return new PositionKey(contract.underlying(), currency);
    }

    @Override
    public int compareTo(ContractKey other) {
        return ORDER.compare(this, other);
    }
}
