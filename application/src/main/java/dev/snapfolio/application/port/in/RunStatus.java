package dev.snapfolio.application.port.in;

/** How a run ended. FELL_BACK: batch failed and per-date completed the work. DEFERRED: lock not had; refresh will do it. */
public enum RunStatus { SUCCEEDED, FELL_BACK, FAILED, DEFERRED }
