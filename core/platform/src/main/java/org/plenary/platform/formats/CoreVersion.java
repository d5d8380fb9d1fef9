package org.plenary.platform.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of the core that plugins declare they require. */
public final class CoreVersion {

    private static final String VERSION = read();

    private CoreVersion() {
    }

    public static String current() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = CoreVersion.class.getResourceAsStream("/org/plenary/platform/core.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("core.properties is missing from the platform JAR", e));
        }
    }
}
