package dev.inkstone.importer;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Import jobs. */
@ApplicationScoped
class ImportJobRepository implements PanacheRepositoryBase<ImportJob, Long> {

    /** Served by ix_import_job_status. */
    List<ImportJob> withStatus(String status) {
        return list("status", status);
    }

    /**
     * The files of jobs that may still need them: queued or running (ix_import_job_status), or ended since
     * {@code cutoff} with their upload not yet removed (ix_import_job_finished_at).
     */
    Set<String> filesInUse(Instant cutoff) {
        Set<String> files = new HashSet<>(getEntityManager().createQuery("select e.filePath from ImportJob e"
                + " where e.status in ('queued', 'running')", String.class).getResultList());
        files.addAll(getEntityManager().createQuery("select e.filePath from ImportJob e where e.finishedAt >= :cutoff"
                + " and e.uploadRemovedAt is null", String.class).setParameter("cutoff", cutoff).getResultList());
        return files;
    }
}
