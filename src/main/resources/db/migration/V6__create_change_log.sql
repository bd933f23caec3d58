-- Delta sync (dev.inkstone.sync). Every transaction that changes content takes the next number from this one-row
-- counter right before it commits. The update locks the row until commit, so writers pass it one at a time:
-- numbers are handed out in commit order, and a reader who sees change n committed has every change below n too.
-- epoch tells this database's log apart from another's, so a token from a recreated database is refused.
create table change_counter (
    id    integer not null,
    seq   bigint  not null,
    epoch bigint  not null,
    constraint pk_change_counter primary key (id),
    constraint ck_change_counter_one_row check (id = 1)
);
insert into change_counter (id, seq, epoch)
values (1, 0, cast(extract(epoch from current_timestamp) * 1000 as bigint));

-- The latest change of each post, tag and category: one row per resource, a deletion leaves a tombstone row, so
-- the log is bounded by the number of resources ever created. All rows of one transaction share its seq.
create table change_log (
    resource_type varchar(16) not null,
    resource_id   bigint      not null,
    seq           bigint      not null,
    deleted       boolean     not null,
    changed_at    timestamp(6) with time zone not null,
    constraint pk_change_log primary key (resource_type, resource_id),
    constraint ck_change_log_resource_type check (resource_type in ('post', 'tag', 'category'))
);
-- Sync reads the log after a position in (seq, resource_type, resource_id) order: one range of this index.
create index ix_change_log_seq on change_log (seq, resource_type, resource_id);

-- Content older than the log is change 0, so a first sync walks it like any later change.
insert into change_log (resource_type, resource_id, seq, deleted, changed_at)
select 'tag', id, 0, false, updated_at from tag;
insert into change_log (resource_type, resource_id, seq, deleted, changed_at)
select 'category', id, 0, false, updated_at from category;
insert into change_log (resource_type, resource_id, seq, deleted, changed_at)
select 'post', id, 0, false, updated_at from post;
