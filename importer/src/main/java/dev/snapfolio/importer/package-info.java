/**
 * Readers of the files Snapfolio imports (DESIGN §7), for any driving adapter. Plain classes, no
 * I/O besides the file, nothing stored: the adapter hands their output to the use cases. The
 * generic movement fields — the generic CSV columns, which are also the command-line flags and the
 * columns of a movement listing — are described once in {@link dev.snapfolio.importer.fields}.
 *
 * <h2>Movements</h2>
 * <pre>{@code
 * MovementFileImporter importer = MovementFileImporter.forSource("tastytrade"); // or "generic"
 * ParsedMovements parsed = importer.read(path, accountId,
 *         ImportOptions.defaults().withSkipUnsupported(skip).withProgress(n -> err.println(n + " rows")));
 * parsed.warnings().forEach(err::println);            // e.g. the skipped unsupported rows
 * importMovements.importMovements(new ImportMovementsCommand(accountId, importer.source(),
 *         parsed.rows(), allowOrphanCloses));
 * }</pre>
 * {@link dev.snapfolio.importer.ParsedMovements#rows()} are sorted in the order ids
 * must be assigned and carry their source keys (stable across re-reads and overlapping exports)
 * and their location {@code file:line}. An unknown source name is an
 * {@link java.lang.IllegalArgumentException} naming the known ones
 * ({@link dev.snapfolio.importer.MovementFileImporter#sources()}).
 *
 * <h2>Reference data</h2>
 * {@link dev.snapfolio.importer.PriceCsvReader} reads {@code date,ticker,currency,close}
 * into {@code Price}s, {@link dev.snapfolio.importer.SplitCsvReader} reads
 * {@code date,ticker,ratio} (ratio {@code 2}, {@code 2:1}, {@code 0.1} or {@code 1:10}) into
 * {@code Split}s, for {@code RecordPricesUseCase} and {@code RecordSplitsUseCase}.
 *
 * <h2>Errors</h2>
 * Every reader stops at the first problem with an
 * {@link dev.snapfolio.importer.ImportException}: {@code file()}, {@code line()} (0 for
 * the file as a whole), {@code column()} (or null) and a one-line message such as
 * {@code trades.csv:12: column Value: not a number '1,3x0'} — print {@code getMessage()} and exit 2.
 * Files are UTF-8 (a byte-order mark is skipped), LF or CRLF.
 */
package dev.snapfolio.importer;
