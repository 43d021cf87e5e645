package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.adapter.in.cli.format.Column;
import dev.snapfolio.adapter.in.cli.format.Printable;
import dev.snapfolio.adapter.in.cli.format.Table;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "db", description = "The database: status, or stop the embedded server.",
        subcommands = {DbCommand.Status.class, DbCommand.Stop.class})
public class DbCommand {

    @Command(name = "status", description = "Which database is used and whether the embedded server is running.")
    static class Status implements Callable<Integer> {
        private final Provider<DatabaseAdmin> admin;
        private final Output output;

        @Inject
        Status(Provider<DatabaseAdmin> admin, Output output) {
            this.admin = admin;
            this.output = output;
        }

        @Override
        public Integer call() {
            java.util.List<String> lines = admin.get().status();
            if (output.forPeople()) {
                if (!output.quiet()) {
                    lines.forEach(line -> output.out().println(Printable.of(line)));
                    output.out().flush();
                }
                return ExitCode.OK;
            }
            // "key: value" lines as rows
            Table table = new Table(Column.text("item"), Column.text("value"));
            for (String line : lines) {
                int colon = line.indexOf(": ");
                table.add(colon < 0 ? line : line.substring(0, colon), colon < 0 ? "" : line.substring(colon + 2));
            }
            output.table(table);
            return ExitCode.OK;
        }
    }

    @Command(name = "stop", description = "Stops the embedded database server (the next command starts it again).")
    static class Stop implements Callable<Integer> {
        private final Provider<DatabaseAdmin> admin;
        private final Output output;

        @Inject
        Stop(Provider<DatabaseAdmin> admin, Output output) {
            this.admin = admin;
            this.output = output;
        }

        @Override
        public Integer call() {
            output.message(admin.get().stop());
            return ExitCode.OK;
        }
    }
}
