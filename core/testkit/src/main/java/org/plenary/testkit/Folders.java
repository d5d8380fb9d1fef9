package org.plenary.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Throw-away folders of tests: a server's root, a browser profile.
 *
 * @since 1.0
 */
public final class Folders {

    private Folders() {
    }

    /** Deletes a folder and everything in it, as far as it can; a missing or null folder is fine. */
    public static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // best effort: what is left is in a temp folder
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // best effort
        }
    }
}
