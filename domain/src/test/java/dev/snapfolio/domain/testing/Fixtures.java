package dev.snapfolio.domain.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the broker fixtures kept in the repository's {@code fixtures/} folder (a copy of the
 * files the product must reproduce), from any module's working directory.
 */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path dir() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("fixtures").resolve("tastytrade");
            if (Files.isDirectory(candidate) && Files.exists(dir.resolve("pom.xml"))) {
                return dir.resolve("fixtures");
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("fixtures/ not found above " + Path.of("").toAbsolutePath());
    }

    public static Path file(String relative) {
        return dir().resolve(relative);
    }
}
