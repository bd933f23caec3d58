package dev.inkstone.importer.write;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Which post an item of a source became, and a hash of what the source said (V12__create_import_source.sql). */
@Entity
@Table(name = "import_source")
public class ImportSource {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_source_seq")
    @SequenceGenerator(name = "import_source_seq", sequenceName = "import_source_seq", allocationSize = 50)
    public Long id;

    @Column(name = "source_kind", nullable = false, length = 16)
    public String kind;

    @Column(name = "source_key", nullable = false, length = 1000)
    public String key;

    @Column(name = "resource_type", nullable = false, length = 16)
    public String resourceType;

    @Column(name = "resource_id", nullable = false)
    public Long resourceId;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
