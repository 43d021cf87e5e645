package dev.snapfolio.importer;

/**
 * A file that cannot be imported: names the file, the line (0 when the problem is the file as a
 * whole), the column (null when no single column is at fault) and the problem. Its message is one
 * line, e.g. {@code trades.csv:12: column Value: not a number '1,3x0'}.
 */
public class ImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final String column;
    private final String problem;

    public ImportException(String file, int line, String column, String problem) {
        this(file, line, column, problem, null);
    }

    public ImportException(String file, int line, String column, String problem, Throwable cause) {
        super(format(file, line, column, problem), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String format(String file, int line, String column, String problem) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (column != null) {
            sb.append("column ").append(column).append(": ");
        }
        return sb.append(problem).toString();
    }

    /** The file name as shown to the user (no directory). */
    public String file() {
        return file;
    }

    /** The 1-based physical line of the file, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    /** The header name of the column at fault, or null. */
    public String column() {
        return column;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
