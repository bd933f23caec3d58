package dev.inkstone.importer.write;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One line of a job's report: what happened to one item of the source (V11__create_import_job.sql). */
@Entity
@Table(name = "import_item")
public class ImportItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_item_seq")
    @SequenceGenerator(name = "import_item_seq", sequenceName = "import_item_seq", allocationSize = 50)
    public Long id;

    @Column(name = "job_id", nullable = false)
    public Long jobId;

    @Column(name = "item_type", nullable = false, length = 16)
    public String type;

    @Column(name = "source_key", nullable = false, length = 1000)
    public String sourceKey;

    @Column(length = 300)
    public String title;

    @Column(nullable = false, length = 16)
    public String outcome;

    @Column(length = 1000)
    public String reason;

    @Column(name = "resource_id")
    public Long resourceId;

    @Column(length = 120)
    public String slug;
}
