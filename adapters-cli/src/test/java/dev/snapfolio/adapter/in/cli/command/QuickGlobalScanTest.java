package dev.snapfolio.adapter.in.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParameterException;

class QuickGlobalScanTest {
    private static final List<String[]> ORDINARY = List.of(
            new String[] {"account", "list"},
            new String[] {"--today", "2026-01-31", "snapshots", "-a", "1", "--format", "json"},
            new String[] {"snapshots", "-a", "1", "--format=CSV", "--today=2026-01-31", "-v"},
            new String[] {"-q", "movement", "add", "-a", "main", "--kind", "DEPOSIT", "--amount", "10"},
            new String[] {"--db-dir", "/tmp/db", "--config=/tmp/c.properties", "-Dk=v", "-D", "a=b=c",
                    "--set", "x=", "--set=y=1", "--verbose", "--quiet", "account", "list"},
            new String[] {"bench", "--years", "2,10", "--json", "out.json", "--seed", "7"},
            new String[] {"account", "show", "-a", "1", "--", "--today", "-vq"},
            new String[] {"account", "create", "--name=main", "-", "--broker", "x"});

    private static final List<String[]> UNUSUAL = List.of(
            new String[] {"-vq", "account", "list"},
            new String[] {"--today", "2026-02-30", "account", "list"},
            new String[] {"--today", "account", "list"},
            new String[] {"account", "list", "--format"},
            new String[] {"--format", "xml", "account", "list"},
            new String[] {"--today", "2026-01-01", "--today", "2026-01-02", "account", "list"},
            new String[] {"-v", "--verbose", "account", "list"},
            new String[] {"--verbose=true", "account", "list"},
            new String[] {"-D", "novalue", "account", "list"},
            new String[] {"-D=a=b", "account", "list"},
            new String[] {"movement", "add", "--amount", "-100.5"},
            new String[] {"--format", "-v", "account", "list"});

    @Test
    void anOrdinaryLineIsReadByHandExactlyAsPicocliReadsIt() {
        for (String[] line : ORDINARY) {
            Optional<QuickGlobalScan> quick = QuickGlobalScan.of(line);
            assertThat(quick).as(String.join(" ", line)).isPresent();
            Cli.GlobalScan picocli = Cli.scan(line);
            assertThat(quick.get().options()).as(String.join(" ", line)).usingRecursiveComparison()
                    .isEqualTo(picocli.options);
            assertThat(quick.get().rest()).as(String.join(" ", line)).isEqualTo(picocli.rest);
        }
    }

    @Test
    void anUnusualOrMalformedLineIsLeftToPicocli() {
        for (String[] line : UNUSUAL) {
            assertThat(QuickGlobalScan.of(line)).as(String.join(" ", line)).isEmpty();
        }
    }

    @Test
    void aMalformedGlobalOptionIsStillReportedInPicocliWords() {
        assertThatThrownBy(() -> Cli.scanGlobalOptions("--today", "2026-02-30", "account", "list"))
                .isInstanceOf(ParameterException.class).hasMessageContaining("is not a date");
        assertThat(Cli.scanGlobalOptions("-vq", "account", "list").verbose()).isTrue();
        assertThat(Cli.scanGlobalOptions("-vq", "account", "list").quiet()).isTrue();
    }
}
