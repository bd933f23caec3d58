package dev.inkstone.instance;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Running instances. */
@ApplicationScoped
class AppInstanceRepository implements PanacheRepositoryBase<AppInstance, String> {

    /** Instances other than {@code self} that heartbeated since {@code since}; served by ix_app_instance_heartbeat_at. */
    long othersSince(String self, Instant since) {
        return count("heartbeatAt >= ?1 and id <> ?2", since, self);
    }

    /** Deletes the rows of instances silent since before {@code before}; served by ix_app_instance_heartbeat_at. */
    long deleteSilentSince(Instant before) {
        return delete("heartbeatAt < ?1", before);
    }
}
