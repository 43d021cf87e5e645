package dev.snapfolio.adapter.in.cli.format;

import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.importer.fields.MovementField;
import dev.snapfolio.importer.fields.MovementFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Movements as rows with the generic CSV columns (DESIGN §7), preceded by the id: what
 * {@code movement list --format csv} prints can be read back by the generic importer. Columns and
 * values come from the one description of the fields, {@link MovementField}.
 */
public final class MovementTables {
    /** The generic CSV header, after {@code id}. An option event's cash settlement is in {@code amount}. */
    public static final List<Column> COLUMNS = columns();

    private MovementTables() {
    }

    private static List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.integer("id"));
        for (MovementField field : MovementField.values()) {
            columns.add(new Column(field.column(), columnType(field.type())));
        }
        return List.copyOf(columns);
    }

    /** How a table shows a field: money to the cent, quantities without trailing zeros. */
    static ColumnType columnType(MovementField.ValueType type) {
        return switch (type) {
            case MONEY -> ColumnType.MONEY;
            case QUANTITY -> ColumnType.QUANTITY;
            case PRICE -> ColumnType.PRICE;
            case WHOLE -> ColumnType.INTEGER;
            case DATE -> ColumnType.DATE;
            case TEXT, TICKER, CURRENCY, CHOICE, TIME -> ColumnType.TEXT;
        };
    }

    public static Table movements(List<Movement> movements) {
        return table(movements, true);
    }

    /** Movements not stored yet (a dry run's): the id column stays empty. */
    public static Table unstored(List<Movement> movements) {
        return table(movements, false);
    }

    private static Table table(List<Movement> movements, boolean withIds) {
        Table table = new Table(COLUMNS).omitEmptyColumnsInTable();
        for (Movement m : movements) {
            Map<MovementField, Object> values = MovementFields.values(m);
            List<Object> row = new ArrayList<>(COLUMNS.size());
            row.add(withIds ? m.id() : null);
            for (MovementField field : MovementField.values()) {
                row.add(values.get(field));
            }
            table.add(row);
        }
        return table;
    }
}
