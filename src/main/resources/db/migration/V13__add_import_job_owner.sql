-- A job belongs to the instance that queued it (owner: a random id per instance start), which refreshes heartbeat_at
-- while the job is queued or running. Another instance, or a restart, marks interrupted only jobs whose owner stopped
-- heartbeating, never a job a live instance runs. Rows from before have no owner: their instance is gone.
alter table import_job add column owner varchar(64);
alter table import_job add column heartbeat_at timestamp(6) with time zone;
-- Uploads (not server-side files) of failed, cancelled and interrupted jobs are deleted after a while; a retry then
-- answers 410.
alter table import_job add column upload boolean default false not null;
alter table import_job add column upload_removed_at timestamp(6) with time zone;
alter table import_job drop constraint ck_import_job_status;
alter table import_job add constraint ck_import_job_status
    check (status in ('queued', 'running', 'completed', 'failed', 'interrupted', 'cancelled'));
