-- Uploaded images (dev.inkstone.image). The bytes live in the image storage under their sha256, so identical
-- uploads share one record and one set of files: uq_image_sha256 is the real guard against a second copy.
create sequence image_seq start with 1 increment by 50;

create table image (
    id             bigint        not null,
    sha256         varchar(64)   not null,
    filename       varchar(255)  not null,
    mime_type      varchar(32)   not null,
    byte_size      bigint        not null,
    width          integer       not null,
    height         integer       not null,
    orientation    integer       not null,
    animated       boolean       not null,
    transparent    boolean       not null,
    alt            varchar(1000),
    caption        varchar(2000),
    focal_x        double precision,
    focal_y        double precision,
    dominant_color varchar(7)    not null,
    lqip           varchar(4000) not null,
    created_at     timestamp(6) with time zone not null,
    updated_at     timestamp(6) with time zone not null,
    version        bigint        not null,
    constraint pk_image primary key (id),
    constraint uq_image_sha256 unique (sha256),
    constraint ck_image_focal_point check ((focal_x is null and focal_y is null)
        or (focal_x between 0 and 1 and focal_y between 0 and 1))
);
-- Image lists are newest first by default: one range of this index, by offset or keyset.
create index ix_image_created_at on image (created_at, id);

-- Images join the delta sync log.
alter table change_log drop constraint ck_change_log_resource_type;
alter table change_log add constraint ck_change_log_resource_type
    check (resource_type in ('post', 'tag', 'category', 'image'));
