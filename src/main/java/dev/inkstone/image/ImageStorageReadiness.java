package dev.inkstone.image;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** /q/health/ready: not ready when uploads could not be stored (a read-only or missing image directory). */
@Readiness
@ApplicationScoped
class ImageStorageReadiness implements HealthCheck {

    private final ImageStorage storage;

    ImageStorageReadiness(ImageStorage storage) {
        this.storage = storage;
    }

    @Override
    public HealthCheckResponse call() {
        String problem = storage.unwritable();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("image storage").status(problem == null);
        return problem == null ? response.build() : response.withData("reason", problem).build();
    }
}
