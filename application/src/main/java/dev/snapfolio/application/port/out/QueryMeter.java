package dev.snapfolio.application.port.out;

/** Counts the database statements this thread has sent, so runs can report their query count. */
public interface QueryMeter {
    long count();

    QueryMeter NONE = () -> 0;
}
