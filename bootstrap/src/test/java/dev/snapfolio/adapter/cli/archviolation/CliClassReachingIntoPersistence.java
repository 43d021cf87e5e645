package dev.snapfolio.adapter.cli.archviolation;

import dev.snapfolio.adapter.persistence.archviolation.PersistenceClassUsingAService;

/** Breaks "adapters never depend on each other" on purpose (architecture test only). */
public class CliClassReachingIntoPersistence {
    public PersistenceClassUsingAService reach() {
        return new PersistenceClassUsingAService();
    }
}
