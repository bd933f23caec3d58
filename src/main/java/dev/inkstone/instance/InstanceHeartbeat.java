package dev.inkstone.instance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

import dev.inkstone.image.ImageConfig;

/**
 * Makes this instance known to the others on the database, at its start and every {@code inkstone.instance.heartbeat},
 * and warns once when it is not alone while it keeps images on its own file system: the others answer 404 for them.
 */
@ApplicationScoped
class InstanceHeartbeat {

    static final String SHARED_STORAGE_WARNING = "Another instance runs on this database while images are stored on "
            + "this instance's file system: images one instance stores are not served by the others. Use "
            + "inkstone.images.storage=s3 or put inkstone.images.directory on a shared volume.";

    private final InstanceService service;
    private final ImageConfig images;
    private volatile boolean warned;

    InstanceHeartbeat(InstanceService service, ImageConfig images) {
        this.service = service;
        this.images = images;
    }

    void onStart(@Observes StartupEvent event) {
        beat();
    }

    @Scheduled(identity = "instance-heartbeat", every = "${inkstone.instance.heartbeat}",
            delayed = "${inkstone.instance.heartbeat}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        beat();
    }

    /** Heartbeats; returns whether this instance keeps images to itself while another one runs. */
    boolean beat() {
        boolean alone = service.beat(images.storage()) == 0;
        boolean risk = !alone && images.storage().equals("filesystem");
        if (risk && !warned) {
            warned = true;
            Log.warn(SHARED_STORAGE_WARNING);
        }
        return risk;
    }
}
