package dev.snapfolio.adapter.in.cli.command;

import dev.snapfolio.adapter.in.cli.format.Printable;
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
            admin.get().status().forEach(output.out()::println);
            output.out().flush();
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
            output.out().println(Printable.of(admin.get().stop()));
            output.out().flush();
            return ExitCode.OK;
        }
    }
}
