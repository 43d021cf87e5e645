package dev.snapfolio.application.service.archviolation;

/** A stand-in application service for the architecture test's deliberate violations. */
public class SomeService {
    public String name() {
        return "service";
    }
}
