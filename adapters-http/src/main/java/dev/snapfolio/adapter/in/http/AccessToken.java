package dev.snapfolio.adapter.in.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The API's bearer token: 256 random bits, generated on first use and kept in a file only its
 * owner can read (0600), so that a script on the same machine can read it and nobody else can.
 */
public final class AccessToken {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final String value;
    private final Path file;

    private AccessToken(String value, Path file) {
        this.value = value;
        this.file = file;
    }

    /** The token in {@code file}, creating the file (0600) with a new token when there is none. */
    public static AccessToken loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            String stored = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (stored.length() < 32) {
                throw new IllegalStateException("the access token in " + file + " is too short; delete the file to get a new one");
            }
            return new AccessToken(stored, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the access token " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        try {
            // created with owner-only permissions from the start: never readable by others, not even briefly
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException e) {
            return; // another process made it first: use theirs
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, token + "\n", StandardCharsets.US_ASCII);
    }

    public Path file() {
        return file;
    }

    /** The token itself, for a caller that prints or sends it. */
    public String value() {
        return value;
    }

    /** True when the {@code Authorization} header carries this token (compared in constant time). */
    public boolean matches(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = authorizationHeader.substring(7).strip().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, value.getBytes(StandardCharsets.US_ASCII));
    }
}
