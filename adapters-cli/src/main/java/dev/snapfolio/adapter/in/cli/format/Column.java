package dev.snapfolio.adapter.in.cli.format;

import java.util.Objects;

/** A named, typed column of a {@link Table}. */
public record Column(String name, ColumnType type) {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public static Column text(String name) {
        return new Column(name, ColumnType.TEXT);
    }

    public static Column integer(String name) {
        return new Column(name, ColumnType.INTEGER);
    }

    public static Column money(String name) {
        return new Column(name, ColumnType.MONEY);
    }

    public static Column quantity(String name) {
        return new Column(name, ColumnType.QUANTITY);
    }

    public static Column price(String name) {
        return new Column(name, ColumnType.PRICE);
    }

    public static Column percent(String name) {
        return new Column(name, ColumnType.PERCENT);
    }

    public static Column bool(String name) {
        return new Column(name, ColumnType.BOOLEAN);
    }

    public static Column date(String name) {
        return new Column(name, ColumnType.DATE);
    }
}
