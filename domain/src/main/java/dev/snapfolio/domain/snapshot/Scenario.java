package dev.snapfolio.domain.snapshot;

/**
 * What a run does with one (date, currency) it visits (DESIGN §3.5). M: the currency has movements
 * or applied events that day; P: it has state before the day; X: a row is stored.
 */
public enum Scenario {
    /** insert: previous + the day. */
    A,
    /** insert: initial from the day. */
    B,
    /** update the stored row: previous + the day. */
    C,
    /** update the stored row: initial from the day. */
    D,
    /** insert: carry forward, re-priced. */
    E,
    /** nothing. */
    F,
    /** validate the stored row against the carry-forward; correct it when it differs. */
    G,
    /** the stored row is stale: delete it. */
    H;

    /**
     * Classifies a visited (date, currency).
     *
     * @param snapshotDate the date is in the account's snapshot dates S
     * @param hasState the currency has state at the end of the day (so it gets a row on a date in S)
     * @param activity M: movements or applied events in this currency that day
     * @param stateBefore P: the currency had state before the day
     * @param stored X: a row is stored at (date, currency)
     */
    public static Scenario classify(boolean snapshotDate, boolean hasState, boolean activity, boolean stateBefore,
            boolean stored) {
        if (!snapshotDate || !hasState) {
            return stored ? H : F;
        }
        if (activity) {
            if (stateBefore) {
                return stored ? C : A;
            }
            return stored ? D : B;
        }
        if (stateBefore) {
            return stored ? G : E;
        }
        // A currency with state after the day had either state before or activity.
        throw new IllegalStateException("a currency with state and no activity must have had state before");
    }

    /** Whether this scenario writes a new row. */
    public boolean inserts() {
        return this == A || this == B || this == E;
    }
}
