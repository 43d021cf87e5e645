package dev.snapfolio.application.port.in;

/**
 * How a run ended. FELL_BACK: batch failed and per-date completed the work. DEFERRED: lock not
 * had; refresh will do it. RUNNING: still going — or its process ended before it could say how it
 * ended; the account's next run finds it so and marks it INTERRUPTED (the account stays dirty, so
 * that next run redoes the work).
 */
public enum RunStatus { SUCCEEDED, FELL_BACK, FAILED, DEFERRED, RUNNING, INTERRUPTED }
