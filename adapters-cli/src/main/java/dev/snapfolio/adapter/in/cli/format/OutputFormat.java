package dev.snapfolio.adapter.in.cli.format;

/** How listings are printed: an aligned table for people, CSV or JSON for machines. */
public enum OutputFormat { TABLE, CSV, JSON }
