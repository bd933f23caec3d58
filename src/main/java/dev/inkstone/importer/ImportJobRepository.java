package dev.inkstone.importer;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Import jobs. */
@ApplicationScoped
class ImportJobRepository implements PanacheRepositoryBase<ImportJob, Long> {

    /** Served by ix_import_job_status. */
    List<ImportJob> withStatus(String status) {
        return list("status", status);
    }
}
