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

    /**
     * The same rows with only the named columns, in the order given.
     *
     * @throws IllegalArgumentException naming the unknown column and listing the valid ones
     */
    public Table select(List<String> names) {
        List<Integer> indexes = new ArrayList<>();
        for (String name : names) {
            int index = -1;
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).name().equals(name.trim())) {
                    index = c;
                }
            }
            if (index < 0) {
                throw new IllegalArgumentException("unknown column '" + name.trim() + "'; valid columns: "
                        + String.join(",", columns.stream().map(Column::name).toList()));
            }
            indexes.add(index);
        }
        Table selected = new Table(indexes.stream().map(columns::get).toList());
        selected.omitEmptyColumnsInTable = omitEmptyColumnsInTable;
        for (List<Object> row : rows) {
            selected.add(indexes.stream().map(row::get).toList());
        }
        return selected;
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
