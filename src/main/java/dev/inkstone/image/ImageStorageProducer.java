package dev.inkstone.image;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

/** The storage {@code inkstone.images.storage} names. */
class ImageStorageProducer {

    @Produces
    @ApplicationScoped
    ImageStorage storage(ImageConfig config) {
        return switch (config.storage()) {
            case "filesystem" -> new FileImageStorage(Path.of(config.directory()));
            case "s3" -> new S3ImageStorage(config.s3());
            default -> throw new IllegalStateException(
                    "inkstone.images.storage must be filesystem or s3, not " + config.storage());
        };
    }

    void close(@Disposes ImageStorage storage) throws Exception {
        if (storage instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
