package dev.snapfolio.adapter.in.http;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.snapfolio.application.port.in.CreateAccountUseCase.CreateAccountCommand;
import dev.snapfolio.application.port.in.DeleteMovementUseCase.DeleteMovementCommand;
import dev.snapfolio.application.port.in.EditMovementUseCase.EditMovementCommand;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportMovementsCommand;
import dev.snapfolio.application.port.in.ImportMovementsUseCase.ImportResult;
import dev.snapfolio.application.port.in.MovementChangeResult;
import dev.snapfolio.application.port.in.NotFoundException;
import dev.snapfolio.application.port.in.ProcessingControlUseCase.UpdateProcessingCommand;
import dev.snapfolio.application.port.in.ProcessingOutcome;
import dev.snapfolio.application.port.in.RecomputeUseCase.RecomputeCommand;
import dev.snapfolio.application.port.in.RecordMovementUseCase.RecordMovementCommand;
import dev.snapfolio.application.port.in.RecordPricesUseCase.RecordPricesCommand;
import dev.snapfolio.application.port.in.RecordPricesUseCase.ReferenceDataResult;
import dev.snapfolio.application.port.in.RecordSplitsUseCase.RecordSplitsCommand;
import dev.snapfolio.application.port.in.SnapshotQueries.AsOfSnapshot;
import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.application.port.in.Trigger;
import dev.snapfolio.application.port.in.VerifySnapshotsUseCase.VerifyCommand;
import dev.snapfolio.application.port.in.VerifySnapshotsUseCase.VerifyReport;
import dev.snapfolio.domain.account.Account;
import dev.snapfolio.domain.money.Currency;
import dev.snapfolio.domain.money.Ticker;
import dev.snapfolio.domain.movement.Movement;
import dev.snapfolio.domain.reference.Price;
import dev.snapfolio.domain.reference.Split;
import dev.snapfolio.importer.ImportOptions;
import dev.snapfolio.importer.MovementFileImporter;
import dev.snapfolio.importer.ParsedMovements;
import dev.snapfolio.importer.PriceCsvReader;
import dev.snapfolio.importer.SplitCsvReader;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * The API under {@code /api/} (docs/HTTP-API.md): each handler parses the request, calls one
 * in-port and answers its result as JSON. No rules of its own: validation, atomic imports, run
 * locks and strategies are the application's.
 */
final class ApiRoutes {
    private static final int MAX_RUNS = 1000;

    private final ApiPorts ports;
    private final ObjectMapper json;

    ApiRoutes(ApiPorts ports, ObjectMapper json) {
        this.ports = ports;
        this.json = json;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/accounts", ctx -> ctx.json(JsonViews.list(ports.accounts.list(), JsonViews::account)));
        routes.post("/api/accounts", this::createAccount);
        routes.get("/api/accounts/{account}", ctx -> ctx.json(JsonViews.account(account(ctx))));

        routes.get("/api/accounts/{account}/movements", this::listMovements);
        routes.post("/api/accounts/{account}/movements", this::recordMovement);
        routes.get("/api/accounts/{account}/movements/{id}", ctx -> ctx.json(JsonViews.movement(
                movement(account(ctx), movementId(ctx)))));
        routes.patch("/api/accounts/{account}/movements/{id}", this::editMovement);
        routes.delete("/api/accounts/{account}/movements/{id}", this::deleteMovement);
        routes.post("/api/accounts/{account}/imports", this::importFile);

        routes.get("/api/accounts/{account}/snapshots", this::financials);
        routes.get("/api/accounts/{account}/snapshots/tickers", this::tickers);
        routes.get("/api/accounts/{account}/snapshot", this::asOf);
        routes.get("/api/accounts/{account}/holdings", this::holdings);
        routes.get("/api/accounts/{account}/summary", this::summary);
        routes.post("/api/accounts/{account}/recompute", this::recompute);
        routes.get("/api/accounts/{account}/runs", ctx -> runs(ctx, OptionalLong.of(account(ctx).id())));

        routes.post("/api/prices", this::recordPrices);
        routes.post("/api/splits", this::recordSplits);

        routes.get("/api/runs", ctx -> runs(ctx, accountParam(ctx)));
        routes.get("/api/metrics", ctx -> ctx.json(JsonViews.metrics(ports.metrics.metrics())));
        routes.get("/api/processing", ctx -> ctx.json(JsonViews.settings(ports.processing.show())));
        routes.put("/api/processing", this::updateProcessing);
        routes.get("/api/verify", ctx -> verify(ctx, false));
        routes.post("/api/verify", ctx -> verify(ctx, bool(ctx, "repair")));
    }

    // ---- accounts and movements ----------------------------------------------------------------

    private void createAccount(Context ctx) {
        Map<String, Object> body = object(ctx);
        unknownKeys(body, Set.of("name", "broker", "currency"));
        Object currency = body.get("currency");
        Account created = ports.createAccount.create(new CreateAccountCommand(text(body.get("name")),
                text(body.get("broker")), currency == null ? null : Currency.of(currency.toString())));
        ctx.status(201).header("Location", "/api/accounts/" + created.id()).json(JsonViews.account(created));
    }

    private void listMovements(Context ctx) {
        Account account = account(ctx);
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        checkRange(from, to);
        Set<String> kinds = upper(list(ctx, "kind"));
        Set<String> tickers = upper(list(ctx, "ticker"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Movement m : ports.movements.list(account.id(), from, to)) {
            if (!kinds.isEmpty() && !kinds.contains(m.kind().name())) {
                continue;
            }
            if (!tickers.isEmpty() && (m.detail().ticker() == null || !tickers.contains(m.detail().ticker().symbol()))) {
                continue;
            }
            rows.add(JsonViews.movement(m));
        }
        ctx.json(rows);
    }

    private void recordMovement(Context ctx) {
        Account account = account(ctx);
        Movement movement = MovementBody.newMovement(MovementBody.fields(object(ctx)), account.id(), account.currency());
        MovementChangeResult result = ports.recordMovement.record(new RecordMovementCommand(account.id(), movement));
        ctx.header("Location", "/api/accounts/" + account.id() + "/movements/" + result.movement().id());
        changed(ctx, 201, result);
    }

    private void editMovement(Context ctx) {
        Account account = account(ctx);
        Movement old = movement(account, movementId(ctx));
        Movement replacement = MovementBody.edited(old, MovementBody.fields(object(ctx)));
        changed(ctx, 200, ports.editMovement.edit(new EditMovementCommand(account.id(), old.id(), replacement)));
    }

    private void deleteMovement(Context ctx) {
        Account account = account(ctx);
        long id = movementId(ctx);
        movement(account, id); // 404 for an id of another account, before anything is attempted
        changed(ctx, 200, ports.deleteMovement.delete(new DeleteMovementCommand(account.id(), id)));
    }

    /** The change is stored either way; 202 says its snapshots wait for {@code refresh} (the account was busy). */
    private void changed(Context ctx, int status, MovementChangeResult result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("movement", JsonViews.movement(result.movement()));
        body.put("processing", JsonViews.processing(result.outcome()));
        ctx.status(result.outcome().deferred() ? 202 : status).json(body);
    }

    // ---- import, prices, splits ----------------------------------------------------------------

    /**
     * The same import as {@code snapfolio import}: the file is read by the importer, then stored
     * all or nothing by the use case. The body is the file itself, or a multipart form with a
     * {@code file} part; {@code source} is a query or form parameter.
     */
    private void importFile(Context ctx) {
        Account account = account(ctx);
        String fileName;
        byte[] content;
        String source;
        if (ctx.isMultipartFormData()) {
            UploadedFile upload = ctx.uploadedFile("file");
            if (upload == null) {
                throw ApiException.badRequest("the form has no 'file' part");
            }
            fileName = upload.filename();
            content = readAll(upload.content());
            source = ctx.formParam("source") != null ? ctx.formParam("source") : ctx.queryParam("source");
        } else {
            fileName = ctx.queryParam("file");
            content = ctx.bodyAsBytes();
            source = ctx.queryParam("source");
        }
        fileName = fileName == null || fileName.isBlank() ? "upload.csv" : baseName(fileName);
        if (source == null || source.isBlank()) {
            throw ApiException.badRequest("source: required (one of " + String.join(", ", MovementFileImporter.sources()) + ")");
        }
        MovementFileImporter importer;
        try {
            importer = MovementFileImporter.forSource(source);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("source: " + e.getMessage());
        }
        ParsedMovements parsed;
        try (Reader reader = utf8(content)) {
            parsed = importer.read(reader, fileName, account.id(),
                    ImportOptions.defaults().withSkipUnsupported(bool(ctx, "skipUnsupported")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportResult result = ports.importMovements.importMovements(new ImportMovementsCommand(account.id(),
                importer.source(), parsed.rows(), bool(ctx, "allowOrphanCloses")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("file", fileName);
        body.put("rowsRead", parsed.rowsRead());
        body.put("added", result.added());
        body.put("duplicates", result.duplicates());
        List<String> warnings = new ArrayList<>(parsed.warnings());
        warnings.addAll(result.warnings());
        body.put("warnings", warnings);
        body.put("processing", result.outcome().map(JsonViews::processing).orElse(null));
        boolean deferred = result.outcome().map(ProcessingOutcome::deferred).orElse(false);
        ctx.status(deferred ? 202 : 200).json(body);
    }

    private void recordPrices(Context ctx) {
        List<Price> prices = csvBody(ctx)
                ? new PriceCsvReader().read(reader(ctx), fileName(ctx, "prices.csv"))
                : items(ctx, Set.of("date", "ticker", "currency", "close"), item -> new Price(
                        Ticker.of(required(item, "ticker")), Currency.of(required(item, "currency")),
                        parseDate("date", required(item, "date")), number("close", required(item, "close"))));
        referenceData(ctx, ports.recordPrices.recordPrices(new RecordPricesCommand(prices)));
    }

    private void recordSplits(Context ctx) {
        List<Split> splits = csvBody(ctx)
                ? new SplitCsvReader().read(reader(ctx), fileName(ctx, "splits.csv"))
                : items(ctx, Set.of("date", "ticker", "ratio"), item -> new Split(Ticker.of(required(item, "ticker")),
                        parseDate("date", required(item, "date")), number("ratio", required(item, "ratio"))));
        referenceData(ctx, ports.recordSplits.recordSplits(new RecordSplitsCommand(splits)));
    }

    private static void referenceData(Context ctx, ReferenceDataResult result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("saved", result.saved());
        body.put("accountsMarkedDirty", result.accountsMarkedDirty().stream().sorted().toList());
        ctx.json(body);
    }

    // ---- snapshots and processing ----------------------------------------------------------------

    private void financials(Context ctx) {
        Account account = account(ctx);
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        checkRange(from, to);
        Set<String> columns = columns(ctx, JsonViews.FINANCIAL_COLUMNS);
        ctx.json(JsonViews.list(ports.snapshots.financials(account.id(), from, to, currency(ctx)),
                s -> JsonViews.financial(s, columns)));
    }

    private void tickers(Context ctx) {
        Account account = account(ctx);
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        checkRange(from, to);
        Set<String> columns = columns(ctx, JsonViews.TICKER_COLUMNS);
        Set<String> wanted = upper(list(ctx, "ticker"));
        ctx.json(JsonViews.list(ports.snapshots.tickers(account.id(), from, to, currency(ctx)).stream()
                .filter(s -> wanted.isEmpty() || wanted.contains(s.ticker().symbol())).toList(),
                s -> JsonViews.ticker(s, columns)));
    }

    private void asOf(Context ctx) {
        Account account = account(ctx);
        LocalDate at = date(ctx, "at");
        if (at == null) {
            throw ApiException.badRequest("at: required (a date, YYYY-MM-DD)");
        }
        AsOfSnapshot snapshot = ports.snapshots.asOf(account.id(), at);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", snapshot.date().toString());
        body.put("financials", JsonViews.list(snapshot.financials(), s -> JsonViews.financial(s, Set.of())));
        body.put("tickers", JsonViews.list(snapshot.tickers(), s -> JsonViews.ticker(s, Set.of())));
        ctx.json(body);
    }

    /** Positions, options and cash per currency at {@code at} (default: today), computed, nothing written. */
    private void holdings(Context ctx) {
        Account account = account(ctx);
        ctx.json(JsonViews.holdings(ports.portfolio.holdings(account.id(), date(ctx, "at"))));
    }

    /** The figures per currency at {@code at} (default: today); with {@code base}, the total at stored FX closes. */
    private void summary(Context ctx) {
        Account account = account(ctx);
        String base = ctx.queryParam("base");
        Currency baseCurrency;
        try {
            baseCurrency = base == null || base.isBlank() ? null : Currency.of(base);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("base: " + e.getMessage());
        }
        ctx.json(JsonViews.summary(ports.portfolio.summary(account.id(), date(ctx, "at"), baseCurrency)));
    }

    /** 409 when the account's run lock is held by another run: nothing ran, the account stays dirty. */
    private void recompute(Context ctx) {
        Account account = account(ctx);
        Strategy strategy = ctx.queryParam("strategy") == null ? null : choice("strategy", ctx.queryParam("strategy"), Strategy.class);
        ProcessingOutcome outcome = ports.recompute.recompute(new RecomputeCommand(account.id(), date(ctx, "from"), strategy));
        if (outcome.deferred()) {
            throw ApiException.conflict("account '" + account.name() + "' is being processed by another run; "
                    + "its snapshots will be brought up to date by refresh");
        }
        ctx.json(JsonViews.processing(outcome));
    }

    private void runs(Context ctx, OptionalLong accountId) {
        int limit = integer(ctx, "limit", 20);
        if (limit < 1 || limit > MAX_RUNS) {
            throw ApiException.badRequest("limit: must be between 1 and " + MAX_RUNS + ", got " + limit);
        }
        ctx.json(JsonViews.list(ports.metrics.runs(limit, accountId), JsonViews::run));
    }

    private void updateProcessing(Context ctx) {
        Map<String, Object> body = object(ctx);
        unknownKeys(body, Set.of("batchEnabled", "strategies", "rolloutPercent", "autoMaxPerDateDates", "expiryGraceDays"));
        Map<Trigger, Strategy> strategies = new EnumMap<>(Trigger.class);
        Object given = body.get("strategies");
        if (given != null) {
            if (!(given instanceof Map<?, ?> map)) {
                throw ApiException.badRequest("strategies: must be an object such as {\"EDIT\": \"PER_DATE\"}");
            }
            map.forEach((k, v) -> strategies.put(choice("strategies", String.valueOf(k), Trigger.class),
                    choice("strategies." + k, String.valueOf(v), Strategy.class)));
        }
        Object batch = body.get("batchEnabled");
        if (batch != null && !(batch instanceof Boolean)) {
            throw ApiException.badRequest("batchEnabled: must be true or false");
        }
        ctx.json(JsonViews.settings(ports.processing.update(new UpdateProcessingCommand((Boolean) batch, strategies,
                whole(body, "rolloutPercent"), whole(body, "autoMaxPerDateDates"), whole(body, "expiryGraceDays")))));
    }

    /** A repair that could not take an account's run lock is a 409 (the report is in the body). */
    private void verify(Context ctx, boolean repair) {
        VerifyReport report = ports.verify.verify(new VerifyCommand(accountParam(ctx), repair));
        boolean locked = report.differences().stream().anyMatch(d -> d.kind().equals("lock"));
        ctx.status(repair && locked ? 409 : 200).json(JsonViews.verify(report));
    }

    // ---- request parsing -------------------------------------------------------------------------

    private Account account(Context ctx) {
        return ports.accounts.resolve(ctx.pathParam("account"));
    }

    private OptionalLong accountParam(Context ctx) {
        String name = ctx.queryParam("account");
        return name == null || name.isBlank() ? OptionalLong.empty() : OptionalLong.of(ports.accounts.resolve(name).id());
    }

    private static long movementId(Context ctx) {
        String id = ctx.pathParam("id");
        try {
            long value = Long.parseLong(id);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badRequest("movement id: '" + id + "' is not a positive number");
    }

    private Movement movement(Account account, long id) {
        return ports.movements.list(account.id(), null, null).stream()
                .filter(m -> m.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("movement #" + id + " not found in account '" + account.name() + "'"));
    }

    private Map<String, Object> object(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw ApiException.badRequest("the request has no body (a JSON object is expected)");
        }
        try {
            Map<String, Object> map = json.readValue(body, new TypeReference<LinkedHashMap<String, Object>>() { });
            if (map == null) {
                throw ApiException.badRequest("a JSON object is expected");
            }
            return map;
        } catch (IOException e) {
            throw ApiException.badRequest("the body is not a JSON object: " + firstLine(e.getMessage()));
        }
    }

    private <T> List<T> items(Context ctx, Set<String> keys, Function<Map<String, Object>, T> item) {
        List<Map<String, Object>> list;
        try {
            list = json.readValue(ctx.body(), new TypeReference<List<Map<String, Object>>>() { });
        } catch (IOException e) {
            throw ApiException.badRequest("the body is neither CSV (Content-Type: text/csv) nor a JSON array of objects: "
                    + firstLine(e.getMessage()));
        }
        if (list == null || list.isEmpty()) {
            throw ApiException.badRequest("the body is an empty list");
        }
        List<T> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            try {
                unknownKeys(list.get(i), keys);
                out.add(item.apply(list.get(i)));
            } catch (RuntimeException e) {
                throw ApiException.badRequest("item " + (i + 1) + ": " + firstLine(e.getMessage()));
            }
        }
        return out;
    }

    private static boolean csvBody(Context ctx) {
        String type = ctx.contentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("text/csv");
    }

    private static Reader reader(Context ctx) {
        return utf8(ctx.bodyAsBytes());
    }

    private static Reader utf8(byte[] content) {
        int skip = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0; // a byte-order mark, as the file reader skips it
        return new InputStreamReader(new ByteArrayInputStream(content, skip, content.length - skip), StandardCharsets.UTF_8);
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fileName(Context ctx, String fallback) {
        String name = ctx.queryParam("file");
        return name == null || name.isBlank() ? fallback : baseName(name);
    }

    /** Only the last path element: a name is for messages, never a path on the server. */
    private static String baseName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        return base.isEmpty() ? "upload.csv" : base;
    }

    private static void unknownKeys(Map<String, Object> body, Set<String> known) {
        Set<String> unknown = new java.util.TreeSet<>(body.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest("unknown field" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown)
                    + " (expected " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
        }
    }

    private static String required(Map<String, Object> item, String key) {
        Object value = item.get(key);
        if (value == null || value.toString().isBlank()) {
            throw ApiException.badRequest(key + ": required");
        }
        return value.toString();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Integer whole(Map<String, Object> body, String key) {
        Object value = body.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Integer i) {
            return i;
        }
        throw ApiException.badRequest(key + ": '" + value + "' is not a whole number");
    }

    private static BigDecimal number(String key, String value) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(key + ": '" + value + "' is not a number");
        }
    }

    private static LocalDate date(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : parseDate(name, value);
    }

    private static LocalDate parseDate(String name, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + ": '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("from " + from + " is after to " + to);
        }
    }

    private static Currency currency(Context ctx) {
        String value = ctx.queryParam("currency");
        return value == null || value.isBlank() ? null : Currency.of(value.strip());
    }

    private static int integer(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + ": '" + value + "' is not a whole number");
        }
    }

    private static boolean bool(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null && ctx.isMultipartFormData()) {
            value = ctx.formParam(name);
        }
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.badRequest(name + ": '" + value + "' is not true or false");
        };
    }

    /** A comma-separated or repeated parameter. */
    private static List<String> list(Context ctx, String name) {
        List<String> values = new ArrayList<>();
        for (String value : ctx.queryParams(name)) {
            Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(values::add);
        }
        return values;
    }

    private static Set<String> upper(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        values.forEach(v -> out.add(v.toUpperCase(Locale.ROOT)));
        return out;
    }

    private static Set<String> columns(Context ctx, List<String> known) {
        Set<String> columns = new LinkedHashSet<>(list(ctx, "columns"));
        for (String column : columns) {
            if (!known.contains(column)) {
                throw ApiException.badRequest("columns: unknown column '" + column + "' (one of " + String.join(", ", known) + ")");
            }
        }
        return columns;
    }

    private static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(name + ": '" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String trimmed = message.strip();
        int nl = trimmed.indexOf('\n');
        return nl < 0 ? trimmed : trimmed.substring(0, nl).strip();
    }
}
