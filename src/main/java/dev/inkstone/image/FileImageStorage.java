package dev.inkstone.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/** Image bytes as files under a directory (./data/images by default). */
class FileImageStorage implements ImageStorage {

    private final Path root;

    FileImageStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            // Written aside and moved into place, so a concurrent reader finds the whole file or none.
            Path temporary = target.resolveSibling(".tmp-" + UUID.randomUUID());
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] get(String key) {
        try {
            return Files.readAllBytes(resolve(key));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        Path path = resolve(key);
        try {
            // A rendition folder holds the files made so far: deleteIfExists would refuse it while not empty.
            if (Files.isDirectory(path)) {
                try (Stream<Path> tree = Files.walk(path)) {
                    tree.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            } else {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String unwritable() {
        // No path in the answer: /q/health is public, and server paths are nobody's business.
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            return "the image directory cannot be created";
        }
        return Files.isWritable(root) ? null : "the image directory is not writable";
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("Storage key outside the storage root");
        }
        return path;
    }
}
