package dev.snapfolio.adapter.in.cli.archviolation;

import dev.snapfolio.adapter.out.persistence.archviolation.PersistenceClassUsingAService;

/** Breaks "adapters never depend on each other" on purpose (architecture test only). */
public class CliClassReachingIntoPersistence {
    public PersistenceClassUsingAService reach() {
        return new PersistenceClassUsingAService();
    }
}
