-- The sweep of orphan uploads (OrphanUploads) reads the files of jobs that ended within inkstone.import.keep-failed,
-- a range of this index, to keep them for a retry; every other file in the upload folder older than that is deleted.
create index ix_import_job_finished_at on import_job (finished_at);
