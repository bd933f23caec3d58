package dev.inkstone.importer;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Report lines; pages of one job's lines are served by ix_import_item_job_id (job_id, id). */
@ApplicationScoped
class ImportItemRepository implements PanacheRepositoryBase<ImportItem, Long> {
}
