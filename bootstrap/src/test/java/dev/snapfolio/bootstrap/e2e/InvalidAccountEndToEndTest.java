package dev.snapfolio.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.snapfolio.bootstrap.e2e.SnapfolioRunner.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A split recorded with {@code --allow-invalid} that breaks an account (issue 14): the broken account
 * is reported and keeps its last good snapshots — every date, byte for byte, whichever strategy runs —
 * while another account on the same ticker is brought up to date; deleting the split repairs it.
 */
class InvalidAccountEndToEndTest {
    private static final String HEADER = "date,time,kind,currency,amount,ticker,side,quantity,price,commissions,fees,"
            + "underlying,callPut,strike,expiration,multiplier,action,event,contracts,premium,newStrike,costPerShare,"
            + "targetCurrency,amountIn,notes";

    private final SnapfolioRunner snapfolio = new SnapfolioRunner();
    /** A ticker no other test uses: splits are shared by every account of the database. */
    private final String ticker = "V" + UUID.randomUUID().toString().replace("-", "").substring(0, 9)
            .toUpperCase(Locale.ROOT);

    @TempDir
    Path dir;

    private static Run ok(Run run) {
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        return run;
    }

    private String account(String prefix, String... rows) throws IOException {
        String name = SnapfolioRunner.uniqueName(prefix);
        ok(snapfolio.run("account", "create", "--name", name));
        Path file = dir.resolve(name + ".csv");
        Files.writeString(file, HEADER + "\n" + String.join("\n", rows).replace(",T,", "," + ticker + ",") + "\n");
        ok(snapfolio.run("import", file.toString(), "-a", name, "--source", "generic"));
        return name;
    }

    /** Every stored row of the account: financial and ticker snapshots, as CSV. */
    private String snapshots(String account) {
        return ok(snapfolio.run("snapshots", "-a", account, "--format", "csv")).out()
                + ok(snapfolio.run("snapshots", "-a", account, "--tickers", "--format", "csv")).out();
    }

    @Test
    void anAccountBrokenByAnAllowedSplitKeepsEverySnapshotUntilTheSplitIsDeleted() throws IOException {
        // shares and a covered call; the call is bought back after the split under its pre-split name
        String broken = account("broken", "2024-01-02,09:00,DEPOSIT,USD,10000,,,,,,,,,,,,,,,,,,,,",
                "2024-01-03,10:00,TRADE,USD,,T,BUY,100,40,1,0,,,,,,,,,,,,,,",
                "2024-01-04,10:00,OPTION_TRADE,USD,,,,,,1,0.1,T,CALL,50,2024-06-21,100,SELL_TO_OPEN,,1,120,,,,,",
                "2024-02-20,10:00,TRADE,USD,,T,SELL,50,45,1,0,,,,,,,,,,,,,,",
                "2024-03-05,10:00,OPTION_TRADE,USD,,,,,,1,0.1,T,CALL,50,2024-06-21,100,BUY_TO_CLOSE,,1,-40,,,,,");
        String valid = account("valid", "2024-01-02,09:00,DEPOSIT,USD,1000,,,,,,,,,,,,,,,,,,,,",
                "2024-01-05,10:00,TRADE,USD,,T,BUY,10,41,0,0,,,,,,,,,,,,,,");
        String brokenBefore = snapshots(broken);
        String validBefore = snapshots(valid);

        Run refused = snapfolio.run("split", "add", "--ticker", ticker, "--date", "2024-02-01", "--ratio", "2");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("'" + broken + "'", "OPTION_TRADE", "2024-03-05").doesNotContain(valid);

        Run forced = ok(snapfolio.run("split", "add", "--ticker", ticker, "--date", "2024-02-01", "--ratio", "2",
                "--allow-invalid"));
        try {
            assertThat(forced.out()).contains("saved 1 split; 2 accounts are marked for 'snapfolio refresh'");
            assertThat(forced.err()).contains("warning: account '" + broken + "'", "is now invalid",
                    "leaves all its snapshots as they were").doesNotContain(valid);

            Run refresh = snapfolio.run("refresh");
            assertThat(refresh.exit()).as(refresh.out() + refresh.err()).isEqualTo(1);
            List<String> naming = refresh.err().lines().filter(line -> line.contains(broken)).toList();
            assertThat(naming).as(refresh.err()).singleElement().asString()
                    .startsWith("error: account '" + broken + "'").contains("OPTION_TRADE", "2024-03-05");
            assertThat(refresh.err()).doesNotContain(valid);
            assertThat(snapshots(broken)).as("every snapshot of the broken account as it was").isEqualTo(brokenBefore);
            assertThat(ok(snapfolio.run("runs", "-a", broken, "--limit", "1", "--format", "csv")).out())
                    .contains("FAILED");

            String validAfter = snapshots(valid);
            assertThat(validAfter).as("the valid holder is brought up to date").isNotEqualTo(validBefore)
                    .contains("2024-02-01," + ticker + ",USD,20.00000000,");
            assertThat(ok(snapfolio.run("verify", "-a", valid)).exit()).isZero();

            for (String strategy : List.of("PER_DATE", "BATCH")) {
                Run recompute = snapfolio.run("recompute", "-a", broken, "--strategy", strategy);
                assertThat(recompute.exit()).as(strategy + ": " + recompute.err()).isEqualTo(1);
                assertThat(recompute.err()).contains("OPTION_TRADE", "2024-03-05");
                assertThat(snapshots(broken)).as("nothing written by " + strategy).isEqualTo(brokenBefore);
            }
            assertThat(ok(snapfolio.run("snapshots", "-a", broken)).err()).as("still marked")
                    .contains("has changes waiting since");
        } finally {
            ok(snapfolio.run("split", "delete", "--ticker", ticker, "--date", "2024-02-01"));
        }

        ok(snapfolio.run("refresh"));
        assertThat(snapshots(broken)).isEqualTo(brokenBefore);
        assertThat(snapshots(valid)).isEqualTo(validBefore);
        assertThat(ok(snapfolio.run("snapshots", "-a", broken)).err()).as("no longer marked").isEmpty();
        for (String account : List.of(broken, valid)) {
            Run verify = snapfolio.run("verify", "-a", account);
            assertThat(verify.exit()).as(account + ": " + verify.out() + verify.err()).isZero();
        }
    }
}
