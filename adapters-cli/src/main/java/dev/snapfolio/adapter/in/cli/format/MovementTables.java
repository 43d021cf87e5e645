package dev.snapfolio.adapter.in.cli.format;

import static dev.snapfolio.adapter.in.cli.format.Column.date;
import static dev.snapfolio.adapter.in.cli.format.Column.integer;
import static dev.snapfolio.adapter.in.cli.format.Column.money;
import static dev.snapfolio.adapter.in.cli.format.Column.price;
import static dev.snapfolio.adapter.in.cli.format.Column.quantity;
import static dev.snapfolio.adapter.in.cli.format.Column.text;

import dev.snapfolio.domain.movement.Conversion;
import dev.snapfolio.domain.movement.Deposit;
import dev.snapfolio.domain.movement.Dividend;
import dev.snapfolio.domain.movement.DividendTax;
import dev.snapfolio.domain.movement.Fee;
import dev.snapfolio.domain.movement.Interest;
import dev.snapfolio.domain.movement.InterestPaid;
import dev.snapfolio.domain.movement.LendingIncome;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.movement.MovementDetail;
import dev.snapfolio.domain.movement.OptionAdjustment;
import dev.snapfolio.domain.movement.OptionContract;
import dev.snapfolio.domain.movement.OptionEvent;
import dev.snapfolio.domain.movement.OptionTrade;
import dev.snapfolio.domain.movement.SecurityIn;
import dev.snapfolio.domain.movement.SecurityOut;
import dev.snapfolio.domain.movement.Trade;
import dev.snapfolio.domain.movement.Withdrawal;
import java.time.format.DateTimeFormatter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Movements as rows with the generic CSV columns (DESIGN §7), preceded by the id: what
 * {@code movement list --format csv} prints can be read back by the generic importer.
 */
public final class MovementTables {
    /** The generic CSV header, after {@code id}. An option event's cash settlement is in {@code amount}. */
    public static final List<Column> COLUMNS = List.of(integer("id"), date("date"), text("time"), text("kind"),
            text("currency"), money("amount"), text("ticker"), text("side"), quantity("quantity"), price("price"),
            money("commissions"), money("fees"), text("underlying"), text("callPut"), price("strike"),
            date("expiration"), integer("multiplier"), text("action"), text("event"), quantity("contracts"),
            money("premium"), price("newStrike"), price("costPerShare"), text("targetCurrency"), money("amountIn"),
            text("notes"));

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private MovementTables() {
    }

    public static Table movements(List<Movement> movements) {
        Table table = new Table(COLUMNS).omitEmptyColumnsInTable();
        for (Movement m : movements) {
            Map<String, Object> fields = fields(m);
            List<Object> row = new ArrayList<>(COLUMNS.size());
            for (Column column : COLUMNS) {
                row.add(fields.get(column.name()));
            }
            table.add(row);
        }
        return table;
    }

    /** The movement's values by generic column name; columns that do not apply to its kind are absent. */
    public static Map<String, Object> fields(Movement m) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", m.id());
        f.put("date", m.timestamp().toLocalDate());
        f.put("time", m.timestamp().toLocalTime().format(m.timestamp().getSecond() == 0 ? MINUTES : SECONDS));
        f.put("kind", m.kind().name());
        f.put("currency", m.currency().code());
        putDetail(f, m.detail());
        if (m.notes() != null) {
            f.put("notes", m.notes());
        }
        return f;
    }

    private static void putDetail(Map<String, Object> f, MovementDetail detail) {
        if (detail instanceof Deposit d) {
            f.put("amount", d.amount());
            f.put("commissions", d.commissions());
            f.put("fees", d.fees());
        } else if (detail instanceof Withdrawal w) {
            f.put("amount", w.amount());
            f.put("commissions", w.commissions());
            f.put("fees", w.fees());
        } else if (detail instanceof Fee fee) {
            f.put("amount", fee.amount());
        } else if (detail instanceof Interest i) {
            f.put("amount", i.amount());
        } else if (detail instanceof InterestPaid i) {
            f.put("amount", i.amount());
        } else if (detail instanceof LendingIncome i) {
            f.put("amount", i.amount());
        } else if (detail instanceof Dividend d) {
            f.put("ticker", d.ticker().symbol());
            f.put("amount", d.amount());
        } else if (detail instanceof DividendTax d) {
            f.put("ticker", d.ticker().symbol());
            f.put("amount", d.amount());
        } else if (detail instanceof Trade t) {
            f.put("ticker", t.ticker().symbol());
            f.put("side", t.side().name());
            f.put("quantity", t.quantity());
            f.put("price", t.price());
            f.put("commissions", t.commissions());
            f.put("fees", t.fees());
        } else if (detail instanceof OptionTrade t) {
            putContract(f, t.contract());
            f.put("action", t.action().name());
            f.put("contracts", t.contracts());
            f.put("premium", t.premium());
            f.put("commissions", t.commissions());
            f.put("fees", t.fees());
        } else if (detail instanceof OptionEvent e) {
            putContract(f, e.contract());
            f.put("event", e.event().name());
            f.put("contracts", e.contracts());
            f.put("amount", e.cashSettlement());
        } else if (detail instanceof OptionAdjustment a) {
            putContract(f, a.contract());
            f.put("newStrike", a.newStrike());
            f.put("contracts", a.contracts());
        } else if (detail instanceof SecurityIn s) {
            f.put("ticker", s.ticker().symbol());
            f.put("quantity", s.quantity());
            f.put("costPerShare", s.costPerShare());
        } else if (detail instanceof SecurityOut s) {
            f.put("ticker", s.ticker().symbol());
            f.put("quantity", s.quantity());
            f.put("costPerShare", s.costPerShare());
        } else if (detail instanceof Conversion c) {
            f.put("amount", c.amountOut());
            f.put("targetCurrency", c.targetCurrency().code());
            f.put("amountIn", c.amountIn());
            f.put("fees", c.fees());
        } else {
            throw new IllegalStateException("unknown movement detail " + detail.getClass().getSimpleName());
        }
    }

    private static void putContract(Map<String, Object> f, OptionContract c) {
        f.put("underlying", c.underlying().symbol());
        f.put("callPut", c.type().name());
        f.put("strike", c.strike());
        f.put("expiration", c.expiration());
        f.put("multiplier", new BigDecimal(c.multiplierText()));
    }
}
