package dev.snapfolio.application.port.in;

/** How a run brings snapshots up to date. AUTO picks per-date for small runs, batch otherwise. */
public enum Strategy { PER_DATE, BATCH, AUTO }
