create sequence import_job_seq start with 1 increment by 50;
create sequence import_item_seq start with 1 increment by 50;

-- One import: its file (kept under the import work directory until the job ends), status and progress counts.
create table import_job (
    id            bigint        not null,
    format        varchar(16)   not null,
    source_name   varchar(500)  not null,
    file_path     varchar(2000) not null,
    dry_run       boolean       not null,
    status        varchar(16)   not null,
    total         integer,
    processed     integer       not null,
    created       integer       not null,
    updated       integer       not null,
    unchanged     integer       not null,
    skipped       integer       not null,
    missing       integer       not null,
    failed        integer       not null,
    error         varchar(2000),
    created_at    timestamp(6) with time zone not null,
    started_at    timestamp(6) with time zone,
    finished_at   timestamp(6) with time zone,
    constraint pk_import_job primary key (id),
    constraint ck_import_job_status check (status in ('queued', 'running', 'completed', 'failed', 'interrupted'))
);
-- Startup marks jobs a crash left running as interrupted.
create index ix_import_job_status on import_job (status);

-- The per-item report of a job, read in pages by (job_id, id).
create table import_item (
    id            bigint        not null,
    job_id        bigint        not null,
    item_type     varchar(16)   not null,
    source_key    varchar(1000) not null,
    title         varchar(300),
    outcome       varchar(16)   not null,
    reason        varchar(1000),
    resource_id   bigint,
    slug          varchar(120),
    constraint pk_import_item primary key (id),
    constraint fk_import_item_job foreign key (job_id) references import_job (id) on delete cascade
);
create index ix_import_item_job_id on import_item (job_id, id);
