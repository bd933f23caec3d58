package dev.inkstone.importer.write;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import dev.inkstone.common.paging.ListQuery;
import dev.inkstone.common.paging.PageRequest;
import dev.inkstone.common.paging.Sort;

/** Report lines; pages of one job's lines are served by ix_import_item_job_id (job_id, id). */
@ApplicationScoped
public class ImportItemRepository implements PanacheRepositoryBase<ImportItem, Long> {

    /** A job's lines, optionally only those with one outcome (null: all). */
    public ListQuery<ImportItem> ofJob(long jobId, String outcome) {
        ListQuery<ImportItem> query = new ListQuery<>(ImportItem.class).where("e.jobId = :job", "job", jobId);
        if (outcome != null) {
            query.where("e.outcome = :outcome", "outcome", outcome);
        }
        return query;
    }

    public List<ImportItem> page(ListQuery<ImportItem> query, Sort<ImportItem> sort, PageRequest request) {
        return query.fetch(getEntityManager(), sort, request);
    }

    public long count(ListQuery<ImportItem> query) {
        return query.count(getEntityManager());
    }
}
