package dev.snapfolio.adapter.in.newadapter.archviolation;

import dev.snapfolio.adapter.in.cli.format.OutputFormat;
import dev.snapfolio.application.processing.ProcessingResult;

/**
 * Breaks two rules on purpose (architecture test only): an adapter no rule names yet reaches into
 * another adapter, and uses a record of the application that is not a port type.
 */
public class NewAdapterReachingIntoCliAndInternals {
    public OutputFormat format() {
        return OutputFormat.JSON;
    }

    public ProcessingResult result() {
        return null;
    }
}
