package dev.snapfolio.domain.movement;

public enum OptionAction {
    BUY_TO_OPEN, SELL_TO_OPEN, BUY_TO_CLOSE, SELL_TO_CLOSE;

    public boolean isBuy() {
        return this == BUY_TO_OPEN || this == BUY_TO_CLOSE;
    }

    public boolean isOpen() {
        return this == BUY_TO_OPEN || this == SELL_TO_OPEN;
    }
}
