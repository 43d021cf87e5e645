package dev.snapfolio.adapter.in.cli.command;

import com.google.inject.ConfigurationException;
import com.google.inject.CreationException;
import com.google.inject.ProvisionException;
import dev.snapfolio.adapter.in.cli.format.Printable;
import dev.snapfolio.importer.ImportException;
import dev.snapfolio.application.port.in.ChangeRejectedException;
import dev.snapfolio.application.port.in.NotFoundException;
import dev.snapfolio.domain.calc.DomainException;
import dev.snapfolio.domain.money.ValidationException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place where exceptions become exit codes and error lines: bad usage or input is 2,
 * anything else 1. One clear line on the error writer; the stack trace only with --verbose.
 * Secrets that could sit in a message (a password in a JDBC URL) are masked.
 */
public final class ErrorReporter {
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password\\s*[=:]\\s*)[^&;,\\s)]+");
    private static final Pattern URL_CREDENTIALS = Pattern.compile("(//[^/:@\\s]+):[^@/\\s]+@");

    private ErrorReporter() {
    }

    /** The exit code for a failure: 2 for bad usage or input, 1 otherwise. */
    public static int exitCodeOf(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof ParameterException || t instanceof UsageException || t instanceof ValidationException
                || t instanceof NotFoundException || t instanceof ChangeRejectedException || t instanceof DomainException
                || t instanceof DateTimeParseException || t instanceof ImportException) {
            return ExitCode.BAD_INPUT;
        }
        return ExitCode.FAILURE;
    }

    /**
     * Prints the error line (and, when verbose, the stack trace) and returns the exit code. A
     * problem in a file is shown compiler-style, {@code file:line: problem}; anything else as
     * {@code error: problem}.
     */
    public static int report(Throwable failure, PrintWriter err, boolean verbose) {
        boolean located = unwrap(failure) instanceof ImportException;
        // one line whatever the message holds: stored names may carry control characters
        err.println(Printable.of((located ? "" : "error: ") + message(failure)));
        if (verbose) {
            failure.printStackTrace(err);
        }
        err.flush();
        return exitCodeOf(failure);
    }

    /** The one-line message for a failure. */
    public static String message(Throwable failure) {
        Throwable t = unwrap(failure);
        String text;
        if (t instanceof ParameterException pe) {
            text = parameterMessage(pe);
        } else if (t instanceof ChangeRejectedException && t.getMessage() != null) {
            text = firstLine(t.getMessage());
        } else if (exitCodeOf(t) == ExitCode.BAD_INPUT) {
            text = firstLine(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
        } else {
            text = failureMessage(t);
        }
        return mask(text);
    }

    private static String parameterMessage(ParameterException pe) {
        CommandLine cl = pe.getCommandLine();
        String text = firstLine(pe.getMessage());
        if (pe instanceof UnmatchedArgumentException unmatched && cl != null && !cl.getSubcommands().isEmpty()) {
            List<String> args = unmatched.getUnmatched();
            if (!args.isEmpty() && !args.get(0).startsWith("-")) {
                text = "Unknown command: '" + args.get(0) + "'";
            }
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                text += " (did you mean " + String.join(" or ", suggestions) + "?)";
            }
        }
        if (cl != null) {
            text += " (see '" + cl.getCommandSpec().qualifiedName() + " --help')";
        }
        return text;
    }

    /**
     * An unexpected failure: the outermost message that is not a wrapper's (MyBatis' "### Error
     * querying database" block is one), and the root cause's message when it says something more
     * (e.g. why a connection was refused).
     */
    private static String failureMessage(Throwable t) {
        Throwable root = t;
        String top = null;
        int depth = 0;
        while (true) {
            if (top == null && meaningful(root)) {
                top = firstLine(root.getMessage());
            }
            if (root.getCause() == null || root.getCause() == root || ++depth > 50) {
                break;
            }
            root = root.getCause();
        }
        String deep = root.getMessage() == null ? root.getClass().getSimpleName() : firstLine(root.getMessage());
        if (top == null || root == t || top.contains(deep)) {
            return top == null ? deep : top;
        }
        return top + ": " + deep;
    }

    private static boolean meaningful(Throwable t) {
        String m = t.getMessage();
        return m != null && !m.isBlank() && !m.startsWith("#") && !m.startsWith("\n")
                && (t.getCause() == null || !m.equals(t.getCause().toString()));
    }

    /** Strips the wrappers that reflection, futures and Guice put around the real exception. */
    static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (true) {
            Throwable next = null;
            if (t instanceof InvocationTargetException ite) {
                next = ite.getTargetException();
            } else if (t instanceof UndeclaredThrowableException || t instanceof ExecutionException) {
                next = t.getCause();
            } else if (t instanceof ProvisionException pe) {
                next = pe.getCause() != null ? pe.getCause() : first(pe.getErrorMessages());
            } else if (t instanceof CreationException ce) {
                next = first(ce.getErrorMessages());
            } else if (t instanceof ConfigurationException ce) {
                next = first(ce.getErrorMessages());
            } else if (t instanceof CommandLine.ExecutionException && t.getCause() != null) {
                next = t.getCause();
            }
            if (next == null || next == t) {
                return t;
            }
            t = next;
        }
    }

    private static Throwable first(java.util.Collection<com.google.inject.spi.Message> messages) {
        for (com.google.inject.spi.Message message : messages) {
            if (message.getCause() != null) {
                return message.getCause();
            }
        }
        return null;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String trimmed = message.strip();
        int nl = trimmed.indexOf('\n');
        return (nl < 0 ? trimmed : trimmed.substring(0, nl)).strip();
    }

    static String mask(String text) {
        String masked = PASSWORD.matcher(text).replaceAll("$1***");
        return URL_CREDENTIALS.matcher(masked).replaceAll("$1:***@");
    }
}
