package dev.inkstone.instance;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.inkstone.common.time.Timestamps;

/** This instance's row among the running instances, and how many others are alive. */
@ApplicationScoped
@Transactional
public class InstanceService {

    /** Rows of instances silent this long are deleted: long gone, and no use to anyone. */
    static final Duration FORGET_AFTER = Duration.ofDays(1);

    private final AppInstanceRepository instances;
    private final InstantSource clock;
    private final InstanceConfig config;
    private final String id = UUID.randomUUID().toString();

    InstanceService(AppInstanceRepository instances, InstantSource clock, InstanceConfig config) {
        this.instances = instances;
        this.clock = clock;
        this.config = config;
    }

    /**
     * Refreshes this instance's row (written at the first beat) and returns how many other instances heartbeated
     * within {@code inkstone.instance.stale-after}.
     */
    long beat(String imageStorage) {
        Instant now = Timestamps.normalize(clock.instant());
        AppInstance self = instances.findById(id);
        if (self == null) {
            self = new AppInstance();
            self.id = id;
            self.startedAt = now;
            self.imageStorage = imageStorage;
            self.heartbeatAt = now;
            instances.persist(self);
        }
        self.heartbeatAt = now;
        instances.flush(); // this instance's own row is fresh before the silent ones go
        instances.deleteSilentSince(now.minus(FORGET_AFTER));
        return instances.othersSince(id, now.minus(config.staleAfter()));
    }
}
