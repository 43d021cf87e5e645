package dev.snapfolio.adapter.in.flink;

/** A streamed movement that was not recorded, and why (one line, as an import error names it). */
public record MovementReject(long accountId, String row, String reason) {
}
