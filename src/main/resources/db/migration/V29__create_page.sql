-- Standalone pages (dev.inkstone.page): "About", "Contact"… Written and published like posts, but outside the
-- post lists and feeds, arranged in a tree (parent_id) and ordered for menus (menu_order).
create sequence page_seq start with 1 increment by 50;

create table page (
    id                bigint          not null,
    slug              varchar(120)    not null,
    title             varchar(300)    not null,
    status            varchar(16)     not null,
    published_at      timestamp(6) with time zone,
    -- published_at unless the page is a draft, as post.visible_at: what anonymous readers see is one range.
    visible_at        timestamp(6) with time zone,
    created_at        timestamp(6) with time zone not null,
    updated_at        timestamp(6) with time zone not null,
    markdown          varchar(200000) not null,
    html              varchar(1000000) not null,
    excerpt           varchar(1000)   not null,
    word_count        integer         not null,
    reading_minutes   integer         not null,
    parent_id         bigint,
    menu_order        integer         not null,
    featured_image_id bigint,
    version           bigint          not null,
    constraint pk_page primary key (id),
    constraint uq_page_slug unique (slug),
    constraint ck_page_status check (status in ('draft', 'scheduled', 'published')),
    constraint ck_page_parent check (parent_id is null or parent_id <> id),
    -- A page with children cannot be deleted (409): its children would lose their place in the tree.
    constraint fk_page_parent foreign key (parent_id) references page (id),
    constraint fk_page_featured_image foreign key (featured_image_id) references image (id)
);
-- Anonymous lists, the sitemap and the schedule horizon: ranges of visible_at.
create index ix_page_visible_at on page (visible_at, id);
-- Children of a page (?parent=) in menu order, and the ancestors walk; (parent_id null) serves ?parent=none.
create index ix_page_parent_menu_order on page (parent_id, menu_order, id);
create index ix_page_menu_order on page (menu_order, id);
create index ix_page_updated_at on page (updated_at, id);
create index ix_page_status_updated_at on page (status, updated_at, id);
create index ix_page_title on page (title, id);
create index ix_page_featured_image_id on page (featured_image_id);

-- Pages join the delta sync log.
alter table change_log drop constraint ck_change_log_resource_type;
alter table change_log add constraint ck_change_log_resource_type
    check (resource_type in ('post', 'tag', 'category', 'image', 'page'));
