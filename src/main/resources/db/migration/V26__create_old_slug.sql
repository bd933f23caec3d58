-- Slugs a post, tag or category had before a rename (dev.inkstone.content.SlugHistory): a read by one answers 301 to
-- the resource's current slug. A row names the resource, never another slug, so a chain of renames collapses (every
-- old slug points at the resource, whose slug is the current one) and no loop can form. A resource that takes a slug
-- removes its row; deleting a resource removes its rows.
create table old_slug (
    resource_type varchar(16)  not null,
    slug          varchar(120) not null,
    resource_id   bigint       not null,
    renamed_at    timestamp(6) with time zone not null,
    constraint pk_old_slug primary key (resource_type, slug)
);
-- A resource's old slugs: removed with it, listed by delta sync for a page of resources.
create index ix_old_slug_resource on old_slug (resource_type, resource_id);
