package dev.snapfolio.adapter.in.cli.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Pasteable examples shown at the end of each command's help ("Examples:"), kept in one place so
 * that every command has some. A command that declares its own "Examples:" footer keeps it.
 */
final class Examples {
    static final String HEADING = "Examples:";

    private static final Map<String, List<String>> BY_COMMAND = Map.ofEntries(
            Map.entry("account create", List.of("snapfolio account create --name main --broker 'My Broker' --currency USD")),
            Map.entry("account list", List.of("snapfolio account list", "snapfolio --format json account list")),
            Map.entry("account rename", List.of("snapfolio account rename -a main --name brokerage")),
            Map.entry("account delete", List.of("snapfolio account delete -a main --yes")),
            Map.entry("movement add", List.of(
                    "snapfolio movement add -a main --kind DEPOSIT --date 2024-01-02 --amount 10000",
                    "snapfolio movement add -a main --kind TRADE --date 2024-01-03 --time 10:00 --ticker AAPL --side BUY"
                            + " --quantity 10 --price 100 --commissions 1",
                    "snapfolio movement add -a main --kind OPTION_TRADE --date 2024-04-25 --symbol 'SOFI  240510P00007000'"
                            + " --action SELL_TO_OPEN --contracts 1 --premium 35 --commissions 1 --fees 0.14")),
            Map.entry("movement edit", List.of("snapfolio movement edit -a main 12 --amount 1500")),
            Map.entry("movement delete", List.of("snapfolio movement delete -a main 12")),
            Map.entry("movement list", List.of("snapfolio movement list -a main --from 2024-01-01",
                    "snapfolio --format csv movement list -a main > movements.csv")),
            Map.entry("import", List.of("snapfolio import -a main fixtures/generic/stocks-and-events.movements.csv",
                    "snapfolio import -a main --dry-run fixtures/generic/stocks-and-events.movements.csv")),
            Map.entry("import list", List.of("snapfolio import list -a main")),
            Map.entry("import undo", List.of("snapfolio import undo -a main 3")),
            Map.entry("import delete", List.of("snapfolio import delete -a main 3")),
            Map.entry("price add", List.of("snapfolio price add --ticker AAPL --date 2024-01-02 --close 185.64")),
            Map.entry("price import", List.of("snapfolio price import fixtures/tour/closes.csv")),
            Map.entry("price list", List.of("snapfolio price list --ticker AAPL --from 2024-01-01")),
            Map.entry("price delete", List.of("snapfolio price delete --ticker AAPL --date 2024-01-02")),
            Map.entry("split add", List.of("snapfolio split add --ticker NVDA --date 2024-06-10 --ratio 10:1")),
            Map.entry("split import", List.of("snapfolio split import fixtures/tour/splits.csv")),
            Map.entry("split list", List.of("snapfolio split list --ticker NVDA")),
            Map.entry("split delete", List.of("snapfolio split delete --ticker NVDA --date 2024-06-10")),
            Map.entry("recompute", List.of("snapfolio recompute -a main", "snapfolio recompute -a main --from 2024-06-01 --strategy BATCH")),
            Map.entry("snapshots", List.of("snapfolio snapshots -a main --from 2024-01-01 --currency USD",
                    "snapfolio --format csv snapshots -a main --tickers > tickers.csv",
                    "snapfolio snapshots -a main --ticker AAPL --last 5",
                    "snapfolio snapshots -a main --columns date,currency,deposited,realizedGains")),
            Map.entry("holdings", List.of("snapfolio holdings -a main", "snapfolio holdings -a main --at 2024-03-15")),
            Map.entry("summary", List.of("snapfolio summary -a main", "snapfolio summary -a main --base EUR")),
            Map.entry("rebuild", List.of("snapfolio rebuild --all", "snapfolio rebuild --accounts 1..500 --range-size 100")),
            Map.entry("sample-accounts", List.of("snapfolio sample-accounts --accounts 200 --years 2",
                    "snapfolio sample-accounts --accounts 2000 --years 2 --seed 7 --no-process")),
            Map.entry("snapshot", List.of("snapfolio snapshot -a main --at 2024-03-15")),
            Map.entry("batch-mode", List.of("snapfolio batch-mode status", "snapfolio batch-mode off")),
            Map.entry("processing show", List.of("snapfolio processing show")),
            Map.entry("processing set", List.of("snapfolio processing set --strategy IMPORT=BATCH --expiry-grace-days 3",
                    "snapfolio processing set --strategy EDIT=PER_DATE --strategy IMPORT=BATCH --rollout 50")),
            Map.entry("metrics", List.of("snapfolio metrics")),
            Map.entry("runs", List.of("snapfolio runs -a main --limit 5")),
            Map.entry("verify", List.of("snapfolio verify -a main", "snapfolio verify --repair",
                    "snapfolio --format json verify")),
            Map.entry("refresh", List.of("snapfolio refresh")),
            Map.entry("export", List.of("snapfolio export --out backup.zip")),
            Map.entry("restore", List.of("snapfolio restore backup.zip")),
            Map.entry("db status", List.of("snapfolio db status")),
            Map.entry("db stop", List.of("snapfolio db stop")),
            Map.entry("demo", List.of("snapfolio demo", "snapfolio demo --years 10 --name big")),
            Map.entry("serve", List.of("snapfolio serve --port 8080")),
            Map.entry("report", List.of("snapfolio report -a main --out report.html")),
            Map.entry("completion", List.of("source <(snapfolio completion bash)",
                    "snapfolio completion zsh > ~/.snapfolio-completion.zsh")),
            Map.entry("man", List.of("snapfolio man | man -l -",
                    "snapfolio man > ~/.local/share/man/man1/snapfolio.1")));

    private Examples() {
    }

    /** The examples of a command, by its name under {@code snapfolio} (e.g. "account create"). */
    static List<String> of(String name) {
        return BY_COMMAND.getOrDefault(name, List.of());
    }

    /** Ends the help of {@code command} with its examples, after its own footer (if any). */
    static void install(CommandLine command) {
        UsageMessageSpec usage = command.getCommandSpec().usageMessage();
        List<String> footer = new ArrayList<>(Arrays.asList(usage.footer()));
        if (footer.contains(HEADING)) {
            return;
        }
        List<String> examples = of(command.getCommandSpec().qualifiedName(" ").replaceFirst("^\\S+ ", ""));
        if (examples.isEmpty()) {
            return;
        }
        if (command.getParent() != null && Arrays.equals(usage.footer(),
                command.getParent().getCommandSpec().root().usageMessage().footer())) {
            footer.clear(); // the top-level footer, inherited: not repeated on every command
        }
        footer.add("");
        footer.add(HEADING);
        examples.forEach(e -> footer.addAll(lines(e, usage.width())));
        usage.footer(footer.toArray(String[]::new));
    }

    /**
     * An example as it is printed: indented by two, and when longer than {@code width}, broken
     * between words into shell continuation lines ({@code " \"}, the next line indented by six), never
     * inside quotes, so that pasting the lines runs the one command.
     */
    static List<String> lines(String example, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(FIRST_INDENT);
        boolean empty = true;
        for (String word : units(words(example))) {
            if (!empty && line.length() + 1 + word.length() + CONTINUATION.length() > width) {
                lines.add(line.append(CONTINUATION).toString());
                line = new StringBuilder(NEXT_INDENT);
                empty = true;
            }
            line.append(empty ? "" : " ").append(word);
            empty = false;
        }
        lines.add(line.toString());
        return lines;
    }

    private static final String FIRST_INDENT = "  ";
    private static final String NEXT_INDENT = "      ";
    private static final String CONTINUATION = " \\";

    /** The words, an option joined with the value that follows it ("--amount 10000"). */
    private static List<String> units(List<String> words) {
        List<String> units = new ArrayList<>();
        for (String word : words) {
            int last = units.size() - 1;
            if (last >= 0 && !word.startsWith("-") && units.get(last).startsWith("-")
                    && !units.get(last).contains(" ") && !units.get(last).contains("=")) {
                units.set(last, units.get(last) + " " + word);
            } else {
                units.add(word);
            }
        }
        return units;
    }

    /** The example's words: split at spaces outside single or double quotes. */
    private static List<String> words(String example) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        for (char c : example.toCharArray()) {
            if (quote == 0 && c == ' ') {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                continue;
            }
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
            word.append(c);
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }
}
