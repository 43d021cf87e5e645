package dev.snapfolio.domain.archviolation;

/** Breaks the domain rules on purpose; only the architecture test imports it, to see the rules fail. */
public class DomainClassUsingTheConsoleAndGuice {
    public void print() {
        System.out.println(com.google.inject.Guice.class.getName());
    }
}
