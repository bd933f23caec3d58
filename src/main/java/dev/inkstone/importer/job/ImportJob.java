package dev.inkstone.importer.job;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;

/**
 * One import run: its file, status and progress counts (V11__create_import_job.sql). Updates write only the columns
 * they change: the writer counts items with its own update statements while a cancel or a heartbeat changes the same
 * row, and writing every column back would undo its counts.
 */
@Entity
@DynamicUpdate
@Table(name = "import_job")
public class ImportJob {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_job_seq")
    @SequenceGenerator(name = "import_job_seq", sequenceName = "import_job_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 16)
    public String format;

    @Column(name = "source_name", nullable = false, length = 500)
    public String sourceName;

    @Column(name = "file_path", nullable = false, length = 2000)
    public String filePath;

    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;

    @Column(nullable = false, length = 16)
    public String status;

    public Integer total;

    @Column(nullable = false)
    public int processed;

    @Column(nullable = false)
    public int created;

    @Column(nullable = false)
    public int updated;

    @Column(nullable = false)
    public int unchanged;

    @Column(nullable = false)
    public int skipped;

    @Column(nullable = false)
    public int missing;

    @Column(nullable = false)
    public int failed;

    @Column(length = 2000)
    public String error;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** The instance that runs the job (V13__add_import_job_owner.sql). */
    @Column(length = 64)
    public String owner;

    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;

    /** The file is an upload under the work folder (deleted in time), not a file of the server's import folder. */
    @Column(nullable = false)
    public boolean upload;

    @Column(name = "upload_removed_at")
    public Instant uploadRemovedAt;
}
