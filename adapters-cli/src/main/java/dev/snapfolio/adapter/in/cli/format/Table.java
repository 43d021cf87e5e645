package dev.snapfolio.adapter.in.cli.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Rows of cells under typed columns; a cell is a String, Number, Boolean, date or null (empty).
 * Rendering is the job of {@link TableWriter}.
 */
public final class Table {
    private final List<Column> columns;
    private final List<List<Object>> rows = new ArrayList<>();
    private boolean omitEmptyColumnsInTable;

    public Table(List<Column> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        this.columns = List.copyOf(columns);
    }

    public Table(Column... columns) {
        this(Arrays.asList(columns));
    }

    public Table add(Object... cells) {
        return add(Arrays.asList(cells));
    }

    public Table add(List<?> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " cells, got " + cells.size());
        }
        rows.add(Collections.unmodifiableList(new ArrayList<>(cells)));
        return this;
    }

    /** Wide tables (e.g. movements of many kinds) hide, for people only, the columns no row uses. */
    public Table omitEmptyColumnsInTable() {
        this.omitEmptyColumnsInTable = true;
        return this;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<List<Object>> rows() {
        return Collections.unmodifiableList(rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    boolean omitsEmptyColumnsInTable() {
        return omitEmptyColumnsInTable;
    }
}
