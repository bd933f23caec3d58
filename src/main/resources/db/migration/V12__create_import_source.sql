create sequence import_source_seq start with 1 increment by 50;

-- Where each imported item came from: (source kind, source key) names it in its source (a WXR guid, a file path,
-- a front matter url), so a re-run finds what it wrote before and updates it instead of creating a copy.
-- content_hash tells an unchanged item from an updated one without reading the post.
create table import_source (
    id            bigint        not null,
    source_kind   varchar(16)   not null,
    source_key    varchar(1000) not null,
    resource_type varchar(16)   not null,
    resource_id   bigint        not null,
    content_hash  varchar(64)   not null,
    updated_at    timestamp(6) with time zone not null,
    constraint pk_import_source primary key (id),
    constraint uq_import_source_source_key unique (source_kind, source_key)
);
