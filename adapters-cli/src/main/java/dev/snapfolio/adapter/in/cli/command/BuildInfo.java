package dev.snapfolio.adapter.in.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What this build is: the version and the git commit it was built from, read from
 * {@code snapfolio-build.properties} (written by the distribution's build); "unknown" where the
 * build was made outside git or the file is absent.
 */
public final class BuildInfo {
    static final String RESOURCE = "snapfolio-build.properties";
    static final String UNKNOWN = "unknown";

    private BuildInfo() {
    }

    /** The line {@code snapfolio --version} prints, e.g. {@code snapfolio 0.1.0 (commit 1a2b3c4)}. */
    public static String versionLine() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // the version line still says what it can
        }
        return versionLine(properties, BuildInfo.class.getPackage().getImplementationVersion());
    }

    static String versionLine(Properties properties, String manifestVersion) {
        String version = properties.getProperty("version", "").trim();
        if (version.isEmpty() || version.startsWith("${")) {
            version = manifestVersion == null ? "(development build)" : manifestVersion;
        }
        String commit = properties.getProperty("commit", "").trim();
        if (commit.isEmpty() || commit.startsWith("${")) {
            commit = UNKNOWN;
        }
        return "snapfolio " + version + " (commit " + commit + ")";
    }
}
