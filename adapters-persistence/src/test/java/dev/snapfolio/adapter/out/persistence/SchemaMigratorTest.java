package dev.snapfolio.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SchemaMigratorTest {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");

    @Test
    void theLatestKnownVersionIsTheNewestMigration() throws IOException {
        int newest;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(p -> VERSIONED.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }

        assertThat(SchemaMigrator.LATEST_VERSION).isEqualTo(Integer.toString(newest));
    }

    @Test
    void aMigratedSchemaIsRecognisedAsCurrent() {
        TestDatabase db = TestDatabase.embedded();

        assertThat(SchemaMigrator.isCurrent(db.dataSource())).isTrue();
    }
}
