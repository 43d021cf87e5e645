package dev.snapfolio.importer;

import dev.snapfolio.domain.testing.Fixtures;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Broker fixtures of the repository and this module's test resources. */
final class Fixture {
    private Fixture() {
    }

    static Path path(String relative) {
        return Fixtures.file(relative);
    }

    static Path resource(String relative) {
        try {
            return Path.of(Fixture.class.getResource("/importer/" + relative).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test resource importer/" + relative, e);
        }
    }
}
