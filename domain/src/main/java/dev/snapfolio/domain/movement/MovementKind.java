package dev.snapfolio.domain.movement;

/** The kinds of DESIGN §3.2, as stored in the movement table's kind column. */
public enum MovementKind {
    DEPOSIT, WITHDRAWAL, FEE, INTEREST, INTEREST_PAID, LENDING_INCOME, DIVIDEND, DIVIDEND_TAX,
    TRADE, OPTION_TRADE, OPTION_EVENT, OPTION_ADJUSTMENT, SECURITY_IN, SECURITY_OUT, CONVERSION
}
