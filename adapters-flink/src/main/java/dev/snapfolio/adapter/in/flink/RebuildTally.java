package dev.snapfolio.adapter.in.flink;

import dev.snapfolio.application.port.in.RebuildAccountsUseCase.AccountResult;
import dev.snapfolio.application.port.in.RebuildAccountsUseCase.RangeResult;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rebuild job did: ranges and accounts rebuilt, rows written, accounts that failed (each left
 * dirty) and statements sent. {@code failureText} holds at most {@value #MAX_FAILURE_LINES} lines
 * "account ID: reason", one per failed account, separated by newlines.
 */
public record RebuildTally(long ranges, long accounts, long rowsWritten, long failures, long statements,
        String failureText) {
    public static final int MAX_FAILURE_LINES = 20;

    public static final RebuildTally NONE = new RebuildTally(0, 0, 0, 0, 0, "");

    public RebuildTally {
        failureText = failureText == null ? "" : failureText;
    }

    public static RebuildTally of(RangeResult result) {
        List<String> lines = new ArrayList<>();
        for (AccountResult account : result.accounts()) {
            if (account.failed() && lines.size() < MAX_FAILURE_LINES) {
                lines.add("account " + account.accountId() + ": " + oneLine(account.failure().orElseThrow()));
            }
        }
        return new RebuildTally(1, result.accounts().size(), result.rowsWritten(), result.failures(),
                result.statements(), String.join("\n", lines));
    }

    public RebuildTally plus(RebuildTally other) {
        List<String> lines = new ArrayList<>(failureLines());
        for (String line : other.failureLines()) {
            if (lines.size() < MAX_FAILURE_LINES) {
                lines.add(line);
            }
        }
        return new RebuildTally(ranges + other.ranges, accounts + other.accounts, rowsWritten + other.rowsWritten,
                failures + other.failures, statements + other.statements, String.join("\n", lines));
    }

    /** The failed accounts' lines (at most {@value #MAX_FAILURE_LINES}). */
    public List<String> failureLines() {
        return failureText.isEmpty() ? List.of() : List.of(failureText.split("\n"));
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
