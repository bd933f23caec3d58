-- Redirects for paths of a site migrated to Inkstone (dev.inkstone.redirect): recorded by imports from each post's
-- source URL, or added by admins. path is kept as given; path_key is its normal form (percent-decoded, no trailing
-- slash), which lookups and uniqueness use. The target is a path on the new site or a post, tag or category by id.
create sequence redirect_seq start with 1 increment by 50;

create table redirect (
    id          bigint        not null,
    path        varchar(2000) not null,
    path_key    varchar(600)  not null,
    status      integer       not null,
    target_path varchar(2000),
    target_type varchar(16),
    target_id   bigint,
    origin      varchar(16)   not null,
    created_at  timestamp(6) with time zone not null,
    constraint pk_redirect primary key (id),
    constraint uq_redirect_path unique (path_key),
    constraint ck_redirect_status check (status in (301, 302)),
    constraint ck_redirect_target check ((target_path is null) <> (target_id is null)),
    constraint ck_redirect_origin check (origin in ('admin', 'import'))
);
