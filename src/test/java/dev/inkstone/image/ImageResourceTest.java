package dev.inkstone.image;

import io.quarkus.test.junit.QuarkusTest;

/** The image API on the filesystem storage (the default). */
@QuarkusTest
class ImageResourceTest extends ImageApiContract {
}
