package dev.snapfolio.application.port.in;

import dev.snapfolio.application.port.in.RunRecord;
import java.util.List;
import java.util.OptionalLong;

public interface MetricsQuery {
    ProcessingMetrics metrics();

    /** The newest runs first. */
    List<RunRecord> runs(int limit, OptionalLong accountId);
}
