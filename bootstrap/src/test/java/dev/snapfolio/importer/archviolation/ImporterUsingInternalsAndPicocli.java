package dev.snapfolio.importer.archviolation;

import dev.snapfolio.application.processing.ProcessingResult;
import picocli.CommandLine;

/**
 * Breaks "the importer depends on ports, domain, the JDK, the CSV library and slf4j only" on
 * purpose (architecture test only): it names an application record that is not a port type and a
 * command-line framework.
 */
public class ImporterUsingInternalsAndPicocli {
    public ProcessingResult result() {
        return null;
    }

    public String framework() {
        return CommandLine.class.getName();
    }
}
