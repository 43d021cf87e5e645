package dev.snapfolio.adapter.in.cli.format;

/**
 * What a column holds, which decides how a table shows it to people (money to the cent,
 * percentages to 2 decimals). CSV and JSON always print the stored value as a plain decimal.
 */
public enum ColumnType {
    TEXT, INTEGER, MONEY, QUANTITY, PRICE, PERCENT, BOOLEAN, DATE;

    boolean numeric() {
        return this == INTEGER || this == MONEY || this == QUANTITY || this == PRICE || this == PERCENT;
    }
}
