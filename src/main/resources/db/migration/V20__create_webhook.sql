-- Webhooks (dev.inkstone.webhook): subscriptions, the outbox of their deliveries, and what the outbox last told
-- the world of each resource, so that a change read from the log can be named published, unpublished or updated.
create sequence webhook_seq start with 1 increment by 50;
create sequence webhook_delivery_seq start with 1 increment by 50;

create table webhook (
    id                 bigint         not null,
    url                varchar(2000)  not null,
    events             varchar(1000)  not null,
    active             boolean        not null,
    coalesce_seconds   integer        not null,
    secret             varchar(100)   not null,
    -- The log position when the webhook was created: it hears of later changes only, never of older history.
    created_seq        bigint         not null,
    failing_since      timestamp(6) with time zone,
    deactivated_reason varchar(1000),
    created_at         timestamp(6) with time zone not null,
    updated_at         timestamp(6) with time zone not null,
    version            bigint         not null,
    constraint pk_webhook primary key (id),
    constraint ck_webhook_coalesce_seconds check (coalesce_seconds between 0 and 600)
);

-- One delivery lists one or more changes (several when coalesced). It is written in the transaction that reads the
-- changes from the log, so it exists exactly when they committed; sending it is at least once (see Dispatcher).
create table webhook_delivery (
    id              bigint          not null,
    webhook_id      bigint          not null,
    created_at      timestamp(6) with time zone not null,
    events          varchar(1000)   not null,
    changes         varchar(100000) not null,
    change_count    integer         not null,
    position        bigint          not null,
    status          varchar(16)     not null,
    attempt         integer         not null,
    next_attempt_at timestamp(6) with time zone not null,
    give_up_at      timestamp(6) with time zone not null,
    last_attempt_at timestamp(6) with time zone,
    status_code     integer,
    duration_ms     bigint,
    error           varchar(1000),
    response_body   varchar(1024),
    constraint pk_webhook_delivery primary key (id),
    constraint fk_webhook_delivery_webhook foreign key (webhook_id) references webhook (id) on delete cascade,
    constraint ck_webhook_delivery_status check (status in ('pending', 'delivered', 'failed'))
);
-- A webhook's deliveries newest first (the list, and the open delivery a change may join): one range.
create index ix_webhook_delivery_webhook on webhook_delivery (webhook_id, id);
-- The dispatcher claims due pending deliveries in due order: one range.
create index ix_webhook_delivery_due on webhook_delivery (status, next_attempt_at, id);

-- How far the outbox has read the change log: (seq, type, id) of the last row turned into deliveries, and the
-- epoch of the log it read. One row, locked by the instance reading the log, so each change is read once.
create table webhook_cursor (
    id            integer     not null,
    seq           bigint      not null,
    resource_type varchar(16),
    resource_id   bigint      not null,
    epoch         bigint      not null,
    constraint pk_webhook_cursor primary key (id),
    constraint ck_webhook_cursor_one_row check (id = 1)
);
insert into webhook_cursor (id, seq, resource_type, resource_id, epoch)
select 1, seq, null, 0, epoch from change_counter;

-- What the outbox last announced of each resource: a post's state (public, scheduled, draft) and slug; a row for
-- each live tag, category and image. Content older than webhooks is taken as already announced.
create table webhook_announced (
    resource_type varchar(16)  not null,
    resource_id   bigint       not null,
    state         varchar(16)  not null,
    slug          varchar(200),
    visible_at    timestamp(6) with time zone,
    constraint pk_webhook_announced primary key (resource_type, resource_id)
);
-- Scheduled posts whose time has come: one range.
create index ix_webhook_announced_due on webhook_announced (state, visible_at);

insert into webhook_announced (resource_type, resource_id, state, slug, visible_at)
select 'post', id, case when visible_at is null then 'draft' when visible_at <= current_timestamp then 'public'
                   else 'scheduled' end, slug, visible_at from post;
insert into webhook_announced (resource_type, resource_id, state, slug, visible_at)
select 'tag', id, 'live', slug, null from tag;
insert into webhook_announced (resource_type, resource_id, state, slug, visible_at)
select 'category', id, 'live', slug, null from category;
insert into webhook_announced (resource_type, resource_id, state, slug, visible_at)
select 'image', id, 'live', null, null from image;
