create sequence tag_seq start with 1 increment by 50;

create table tag (
    id          bigint        not null,
    slug        varchar(120)  not null,
    name        varchar(100)  not null,
    description varchar(2000),
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    version     bigint        not null,
    constraint pk_tag primary key (id),
    constraint uq_tag_slug unique (slug)
);

-- Tag lists are sorted by name.
create index ix_tag_name on tag (name, id);
