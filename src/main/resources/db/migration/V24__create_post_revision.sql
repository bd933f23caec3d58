create sequence post_revision_seq start with 1 increment by 50;

-- A post's history: one row per write that changed a followed field, the post as that write left it (a JSON
-- snapshot: the fields, and tags, categories and the featured image by id with the names they had). Bounded per post
-- (inkstone.revisions.keep), gone with the post.
create table post_revision (
    id             bigint        not null,
    post_id        bigint        not null,
    post_version   bigint        not null,
    created_at     timestamp(6) with time zone not null,
    actor          varchar(200)  not null,
    changed_fields varchar(500)  not null,
    snapshot       varchar(1000000) not null,
    constraint pk_post_revision primary key (id),
    constraint fk_post_revision_post foreign key (post_id) references post (id) on delete cascade
);
-- A post's revisions newest first (the list, its keyset paging and pruning beyond the keep limit): one range.
create index ix_post_revision_post on post_revision (post_id, created_at, id);
