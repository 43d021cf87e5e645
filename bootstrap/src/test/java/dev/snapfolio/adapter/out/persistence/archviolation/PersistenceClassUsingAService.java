package dev.snapfolio.adapter.out.persistence.archviolation;

import dev.snapfolio.application.service.archviolation.SomeService;

/** Breaks "adapters reach the application through ports" on purpose (architecture test only). */
public class PersistenceClassUsingAService {
    public String use(SomeService service) {
        return service.name();
    }
}
