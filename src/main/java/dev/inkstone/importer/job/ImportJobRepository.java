package dev.inkstone.importer.job;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import dev.inkstone.importer.write.ImportOutcome;
import dev.inkstone.importer.write.JobCounters;

/** Import jobs; the queries on status are served by ix_import_job_status. */
@ApplicationScoped
class ImportJobRepository implements PanacheRepositoryBase<ImportJob, Long>, JobCounters {

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

    /** Marks a queued job running for {@code owner}, in one conditional update; false when it is not queued. */
    boolean markRunning(long id, Instant now, String owner) {
        return update("status = 'running', startedAt = ?1, heartbeatAt = ?1, owner = ?2 where id = ?3"
                + " and status = 'queued'", now, owner, id) > 0;
    }

    /** Refreshes the heartbeat of the owner's queued jobs and of its running job {@code current}. */
    int heartbeat(String owner, long current, Instant now) {
        return update("heartbeatAt = ?1 where owner = ?2 and (status = 'queued' or (status = 'running' and id = ?3))",
                now, owner, current);
    }

    /** Marks interrupted, with {@code error}, the jobs in {@code status} not heartbeated since {@code cutoff}. */
    int interruptStale(String status, Instant cutoff, Instant now, String error) {
        return update("status = 'interrupted', finishedAt = ?1, error = ?2 where status = ?3"
                + " and (heartbeatAt is null or heartbeatAt < ?4)", now, error, status, cutoff);
    }

    /** Up to {@code batch} jobs that did not complete, ended before {@code before}, whose upload is still kept. */
    List<ImportJob> expiredUploads(Instant before, int batch) {
        return find("status in ('failed', 'cancelled', 'interrupted') and upload = true"
                + " and uploadRemovedAt is null and finishedAt < ?1 order by id", before).page(0, batch).list();
    }

    @Override
    public void count(long id, ImportOutcome outcome, boolean countsAsItem) {
        String counter = outcome.counter();
        update(counter + " = " + counter + " + 1" + (countsAsItem ? ", processed = processed + 1" : "")
                + " where id = ?1", id);
    }

    @Override
    public void add(long id, ImportOutcome outcome, int lines, int items) {
        String counter = outcome.counter();
        update(counter + " = " + counter + " + ?2, processed = processed + ?3 where id = ?1", id, lines, items);
    }
}
