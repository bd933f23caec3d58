create sequence category_seq start with 1 increment by 50;

-- tree_path holds the ids of the ancestors from the root down ("/" for a root, "/1/7/" for a grandchild of 1):
-- names for `path` come from one batched lookup, and the subtree of category c is the prefix range
-- tree_path like c.tree_path || c.id || '/%', so cycle checks and subtree filters need no recursion.
create table category (
    id          bigint        not null,
    slug        varchar(120)  not null,
    name        varchar(100)  not null,
    description varchar(2000),
    parent_id   bigint,
    tree_path   varchar(512)  not null,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    version     bigint        not null,
    constraint pk_category primary key (id),
    constraint uq_category_slug unique (slug),
    constraint fk_category_parent foreign key (parent_id) references category (id)
);

create index ix_category_parent_id on category (parent_id);
create index ix_category_tree_path on category (tree_path);
create index ix_category_name on category (name, id);
