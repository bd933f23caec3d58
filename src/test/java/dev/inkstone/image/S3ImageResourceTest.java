package dev.inkstone.image;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import dev.inkstone.common.OwnDatabaseProfile;
import dev.inkstone.common.StorageVariant;

/** The image API on the S3 storage, against S3Proxy: a real S3 server speaking the wire protocol, not a mock. */
@QuarkusTest
@StorageVariant
@TestProfile(S3ImageResourceTest.OnS3.class)
class S3ImageResourceTest extends ImageApiContract {

    /** Switches the storage to S3 at the proxy started for this profile. */
    public static class OnS3 extends OwnDatabaseProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(S3Proxy.class));
        }
    }
}
