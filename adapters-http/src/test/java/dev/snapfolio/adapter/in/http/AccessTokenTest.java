package dev.snapfolio.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The token: made once, kept 0600, required for every request when the server listens beyond loopback. */
class AccessTokenTest {
    @TempDir
    Path dir;

    @Test
    void theTokenFileIsCreatedReadableByItsOwnerOnlyAndReused() throws Exception {
        Path file = dir.resolve("home").resolve("http-token");

        AccessToken first = AccessToken.loadOrCreate(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(first.value()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(AccessToken.loadOrCreate(file).value()).isEqualTo(first.value());
        assertThat(first.matches("Bearer " + first.value())).isTrue();
        assertThat(first.matches("bearer " + first.value())).isTrue();
        assertThat(first.matches(first.value())).isFalse();
        assertThat(first.matches("Bearer " + first.value() + "x")).isFalse();
        assertThat(first.matches(null)).isFalse();
    }

    @Test
    void boundBeyondLoopbackEveryRequestNeedsTheToken() {
        try (ApiServer api = new ApiServer(HttpOptions.loopback(0, dir.resolve("http-token")).withHost("0.0.0.0"))) {
            assertThat(api.get("/api/accounts").status()).isEqualTo(401);
            assertThat(api.getWith("/api/accounts", "Bearer not-the-token").status()).isEqualTo(401);
            assertThat(api.getWith("/api/accounts", "Bearer " + api.token()).status()).isEqualTo(200);
            assertThat(api.writeWith("POST", "/api/accounts", "application/json", "{\"name\":\"x\"}", null).status())
                    .isEqualTo(401);
            assertThat(api.post("/api/accounts", "{\"name\":\"x\"}").status()).isEqualTo(201);
        }
    }

    @Test
    void onLoopbackReadsNeedNoToken() {
        try (ApiServer api = ApiServer.onLoopback(dir)) {
            assertThat(api.get("/api/accounts").status()).isEqualTo(200);
            assertThat(api.running.address().getHost()).isEqualTo("127.0.0.1");
        }
        assertThat(Map.of()).isEmpty();
    }
}
