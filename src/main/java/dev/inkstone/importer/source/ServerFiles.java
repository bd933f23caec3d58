package dev.inkstone.importer.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The one rule for reading a file of a server-side import: only a regular file whose real path (every symbolic link
 * resolved) lies inside the import root. A link out of the root, a broken link, a device, a pipe or a socket is
 * refused with a reason the report shows, never read: following links would let anyone who can place a link in the
 * import folder publish any file the server can read (issue 12).
 */
public final class ServerFiles {

    private ServerFiles() {
    }

    /** The real path to read, or null when {@link #refusal} refuses the file. */
    public static Path readable(Path root, Path file) {
        return refusal(root, file) == null ? real(file) : null;
    }

    /** Why a file below {@code root} (a real path) may not be read, or null when it may. */
    public static String refusal(Path root, Path file) {
        Path real = real(file);
        boolean link = Files.isSymbolicLink(file);
        if (real == null) {
            return link ? "a broken symbolic link" : "unreadable";
        }
        if (root == null || !real.startsWith(root)) {
            return "a symbolic link that leaves the import folder; not read";
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            return Files.isDirectory(real) ? "a symbolic link to a folder; not followed" : "not a regular file";
        }
        return null;
    }

    public static Path real(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
