package dev.snapfolio.adapter.out.persistence;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the data lives: an external MariaDB (URL, user, password) or the embedded server with its
 * data directory. {@link #fromEnvironment} reads SNAPFOLIO_DB_URL/_USER/_PASSWORD; without a URL the
 * embedded server is used.
 */
public final class DatabaseSettings {
    public static final String ENV_URL = "SNAPFOLIO_DB_URL";
    public static final String ENV_USER = "SNAPFOLIO_DB_USER";
    public static final String ENV_PASSWORD = "SNAPFOLIO_DB_PASSWORD";
    /** The database (schema) the embedded server keeps Snapfolio's tables in. */
    public static final String EMBEDDED_DATABASE = "snapfolio";

    private static final Pattern USER_INFO = Pattern.compile("//[^/@]*@");
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)[?&;](?:password|pwd)=([^&;]*)");
    private static final Pattern SECRET_PARAMS = Pattern.compile("(?i)([?&;](password|pwd|user)=)[^&;]*");

    private final String url;
    private final String user;
    private final String password;
    private final Path dataDir;
    private final boolean keepServerRunning;
    private final int maxPoolSize;

    private DatabaseSettings(String url, String user, String password, Path dataDir, boolean keepServerRunning,
            int maxPoolSize) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.dataDir = dataDir;
        this.keepServerRunning = keepServerRunning;
        this.maxPoolSize = maxPoolSize;
    }

    /**
     * An external MariaDB. {@code jdbc:mysql:} URLs are accepted and read as {@code jdbc:mariadb:}.
     * Credentials written into the URL ({@code jdbc:mariadb://user:password@host/db}, a form the
     * driver does not read: it took the password for a port and printed it) are taken out of it and
     * win over {@code user} and {@code password}.
     */
    public static DatabaseSettings external(String url, String user, String password) {
        Objects.requireNonNull(url, "url");
        String trimmed = url.trim();
        if (trimmed.startsWith("jdbc:mysql:")) {
            trimmed = "jdbc:mariadb:" + trimmed.substring("jdbc:mysql:".length());
        }
        if (!trimmed.startsWith("jdbc:mariadb:")) {
            throw new DatabaseException("the database URL must start with jdbc:mariadb:, got " + redact(trimmed));
        }
        String u = user == null ? "" : user;
        String p = password == null ? "" : password;
        int start = trimmed.indexOf("//");
        if (start >= 0) {
            int end = start + 2;
            while (end < trimmed.length() && trimmed.charAt(end) != '/' && trimmed.charAt(end) != '?') {
                end++;
            }
            int at = trimmed.lastIndexOf('@', end - 1);
            if (at > start) {
                String userInfo = trimmed.substring(start + 2, at);
                int colon = userInfo.indexOf(':');
                u = colon < 0 ? userInfo : userInfo.substring(0, colon);
                if (colon >= 0) {
                    p = userInfo.substring(colon + 1);
                }
                trimmed = trimmed.substring(0, start + 2) + trimmed.substring(at + 1);
            }
        }
        return new DatabaseSettings(trimmed, u, p, null, false, 8);
    }

    /**
     * The embedded server on {@code dataDir}. With {@code keepServerRunning} the server outlives
     * this process so the next command reuses it ({@code db stop} ends it); without, it stops when
     * this process exits.
     */
    public static DatabaseSettings embedded(Path dataDir, boolean keepServerRunning) {
        Objects.requireNonNull(dataDir, "dataDir");
        return new DatabaseSettings(null, "root", "", dataDir.toAbsolutePath().normalize(), keepServerRunning, 8);
    }

    /** SNAPFOLIO_DB_URL (+ _USER, _PASSWORD) when set, else the embedded server on {@code dataDir} or the default. */
    public static DatabaseSettings fromEnvironment(Map<String, String> env, Optional<Path> dataDir) {
        String url = env.get(ENV_URL);
        if (url != null && !url.isBlank()) {
            return external(url, env.getOrDefault(ENV_USER, "root"), env.getOrDefault(ENV_PASSWORD, ""));
        }
        return embedded(dataDir.orElseGet(DatabaseSettings::defaultDataDir), true);
    }

    /** {@code ~/.snapfolio/db}. */
    public static Path defaultDataDir() {
        return Path.of(System.getProperty("user.home"), ".snapfolio", "db");
    }

    public DatabaseSettings withMaxPoolSize(int size) {
        return new DatabaseSettings(url, user, password, dataDir, keepServerRunning, size);
    }

    public boolean isEmbedded() {
        return dataDir != null;
    }

    /** The external URL; empty for the embedded server (its port is known only once it runs). */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    public String user() {
        return user;
    }

    String password() {
        return password;
    }

    /**
     * Texts that must never be shown: the password, and one written as a URL parameter. Empty
     * strings are not secrets.
     */
    java.util.List<String> secrets() {
        java.util.List<String> secrets = new java.util.ArrayList<>();
        if (!password.isEmpty()) {
            secrets.add(password);
        }
        if (url != null) {
            java.util.regex.Matcher m = PASSWORD_PARAM.matcher(url);
            while (m.find()) {
                if (!m.group(1).isEmpty()) {
                    secrets.add(m.group(1));
                }
            }
        }
        return secrets;
    }

    /** {@code text} with every secret replaced by ***. */
    String scrub(String text) {
        if (text == null) {
            return null;
        }
        String scrubbed = text;
        for (String secret : secrets()) {
            scrubbed = scrubbed.replace(secret, "***");
        }
        return scrubbed;
    }

    public Optional<Path> dataDir() {
        return Optional.ofNullable(dataDir);
    }

    public boolean keepServerRunning() {
        return keepServerRunning;
    }

    public int maxPoolSize() {
        return maxPoolSize;
    }

    /** Safe to log or show: the URL without credentials, or the embedded data directory. */
    public String describe() {
        return isEmbedded() ? "embedded MariaDB in " + dataDir : redact(url) + " as " + user;
    }

    /** The URL without user info and without user/password parameters. */
    public static String redact(String url) {
        if (url == null) {
            return "";
        }
        String noUserInfo = USER_INFO.matcher(url).replaceAll("//");
        return SECRET_PARAMS.matcher(noUserInfo).replaceAll("$1***");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + describe() + "]";
    }
}
