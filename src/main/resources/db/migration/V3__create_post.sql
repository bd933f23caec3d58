create sequence post_seq start with 1 increment by 50;

create table post (
    id              bigint         not null,
    slug            varchar(120)   not null,
    title           varchar(300)   not null,
    status          varchar(16)    not null,
    published_at    timestamp(6) with time zone,
    visible_at      timestamp(6) with time zone,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    markdown        varchar(200000) not null,
    html            varchar(1000000) not null,
    excerpt         varchar(1000)  not null,
    word_count      integer        not null,
    reading_minutes integer        not null,
    source_url      varchar(2000),
    version         bigint         not null,
    constraint pk_post primary key (id),
    constraint uq_post_slug unique (slug),
    constraint ck_post_status check (status in ('draft', 'scheduled', 'published'))
);

-- visible_at is published_at for posts that are not drafts and null for drafts, so "what anonymous readers
-- see, newest first" is one range scan of one index, scheduled posts included once their time has come.
create index ix_post_visible_at on post (visible_at, id);
create index ix_post_status_updated_at on post (status, updated_at, id);
create index ix_post_updated_at on post (updated_at, id);

create table post_tag (
    post_id  bigint  not null,
    tag_id   bigint  not null,
    position integer not null,
    constraint pk_post_tag primary key (post_id, tag_id),
    constraint fk_post_tag_post foreign key (post_id) references post (id) on delete cascade,
    constraint fk_post_tag_tag foreign key (tag_id) references tag (id) on delete cascade
);
-- Tag pages and post counts go from tag to posts.
create index ix_post_tag_tag_id on post_tag (tag_id, post_id);

create table post_category (
    post_id     bigint  not null,
    category_id bigint  not null,
    position    integer not null,
    constraint pk_post_category primary key (post_id, category_id),
    constraint fk_post_category_post foreign key (post_id) references post (id) on delete cascade,
    constraint fk_post_category_category foreign key (category_id) references category (id)
);
create index ix_post_category_category_id on post_category (category_id, post_id);
