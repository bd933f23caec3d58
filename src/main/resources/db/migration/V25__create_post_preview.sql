create sequence post_preview_seq start with 1 increment by 50;

-- Preview links: a bearer of the token reads one post as it is now, drafts included, until expires_at. Only the
-- SHA-256 of the token is stored (256 random bits, so a fast hash is enough). Revoking deletes the row.
create table post_preview (
    id          bigint       not null,
    post_id     bigint       not null,
    token_hash  varchar(64)  not null,
    created_at  timestamp(6) with time zone not null,
    expires_at  timestamp(6) with time zone not null,
    created_by  varchar(200) not null,
    constraint pk_post_preview primary key (id),
    constraint uq_post_preview_token_hash unique (token_hash),
    constraint fk_post_preview_post foreign key (post_id) references post (id) on delete cascade
);
-- A post's previews newest first, and removing its expired ones.
create index ix_post_preview_post on post_preview (post_id, created_at, id);
