package dev.snapfolio.flinkjob;

import java.time.Duration;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.TaskManagerOptions;

/** The Flink configuration the jobs run with: a fixed-delay restart, and a small local MiniCluster. */
public final class FlinkSettings {
    /** A failed task is restarted this many times, {@link #RESTART_DELAY} apart, before the job fails. */
    public static final int RESTART_ATTEMPTS = 3;
    public static final Duration RESTART_DELAY = Duration.ofMillis(500);

    private FlinkSettings() {
    }

    /** The restart strategy of every job. */
    public static Configuration restarts() {
        Configuration configuration = new Configuration();
        configuration.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        configuration.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, RESTART_ATTEMPTS);
        configuration.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, RESTART_DELAY);
        return configuration;
    }

    /** A local MiniCluster of {@code parallelism} slots: the engine needs no managed memory, so little of it. */
    public static Configuration local(int parallelism) {
        Configuration configuration = restarts();
        configuration.set(TaskManagerOptions.NUM_TASK_SLOTS, parallelism);
        configuration.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.parse("64m"));
        configuration.set(TaskManagerOptions.NETWORK_MEMORY_MIN, MemorySize.parse("32m"));
        configuration.set(TaskManagerOptions.NETWORK_MEMORY_MAX, MemorySize.parse("32m"));
        return configuration;
    }
}
