package dev.snapfolio.adapter.in.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Stored text cannot drive the terminal nor split a row, whatever the output format. */
class PrintableTest {
    private static String write(OutputFormat format, String cell) {
        Table table = new Table(Column.text("name"), Column.text("notes"));
        table.add("a", cell);
        StringWriter out = new StringWriter();
        TableWriter.write(table, format, new PrintWriter(out));
        return out.toString();
    }

    @Test
    void controlCharactersAreShownInCaretNotation() {
        assertThat(Printable.of("clear\u001b[2J now")).isEqualTo("clear^[[2J now");
        assertThat(Printable.of("two\nlines\r")).isEqualTo("two^Jlines^M");
        assertThat(Printable.of("del\u007f c1\u009b")).isEqualTo("del^? c1\\u009B");
        assertThat(Printable.of("café ✓")).isEqualTo("café ✓");
    }

    @Test
    void noFormatPrintsAnEscapeOrSplitsARow() {
        String evil = "x\u001b[2J\ny\u009b";
        for (OutputFormat format : OutputFormat.values()) {
            assertThat(write(format, evil)).as(format.name()).doesNotContain("\u001b").doesNotContain("\u009b");
        }
        assertThat(write(OutputFormat.TABLE, evil).lines()).hasSize(2).last().asString().contains("x^[[2J^Jy\\u009B");
        // in CSV a line break is data inside a quoted field (multi-line notes survive a round trip)
        assertThat(write(OutputFormat.CSV, evil)).contains("\"x^[[2J\ny\\u009B\"");
        assertThat(write(OutputFormat.JSON, evil)).contains("x\\u001b[2J\\ny\\u009b");
    }
}
