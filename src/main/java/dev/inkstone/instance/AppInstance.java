package dev.inkstone.instance;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A running instance of the service and its last heartbeat (V17__create_app_instance.sql). */
@Entity
@Table(name = "app_instance")
public class AppInstance {

    /** Random per start. */
    @Id
    @Column(length = 64)
    public String id;

    @Column(name = "image_storage", nullable = false, length = 16)
    public String imageStorage;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "heartbeat_at", nullable = false)
    public Instant heartbeatAt;
}
