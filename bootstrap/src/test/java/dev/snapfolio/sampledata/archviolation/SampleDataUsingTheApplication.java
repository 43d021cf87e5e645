package dev.snapfolio.sampledata.archviolation;

import dev.snapfolio.application.port.in.Strategy;
import dev.snapfolio.domain.money.Currency;

/** Breaks the sample-data rule on purpose: generated data that reaches past the domain. */
public class SampleDataUsingTheApplication {
    public String describe() {
        return Currency.USD + " processed " + Strategy.BATCH;
    }
}
