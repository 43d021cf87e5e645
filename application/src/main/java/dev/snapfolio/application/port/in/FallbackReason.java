package dev.snapfolio.application.port.in;

/** Why a batch run fell back to per-date (DESIGN §4.3). */
public enum FallbackReason { UNSUCCESSFUL_RESULT, LOAD_FAILED, PERSIST_FAILED, TIMEOUT }
