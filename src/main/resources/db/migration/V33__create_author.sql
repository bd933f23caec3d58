-- Public bylines (dev.inkstone.author): a name, a slug, a short biography and an avatar. Deliberately no e-mail and
-- no credentials: authors are what readers see, not accounts (tokens are in api_token).
create sequence author_seq start with 1 increment by 50;

create table author (
    id              bigint        not null,
    slug            varchar(120)  not null,
    name            varchar(200)  not null,
    bio             varchar(20000),
    bio_html        varchar(100000),
    avatar_image_id bigint,
    website         varchar(2000),
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    version         bigint        not null,
    constraint pk_author primary key (id),
    constraint uq_author_slug unique (slug),
    -- Deleting an image leaves the author without an avatar rather than failing on a byline.
    constraint fk_author_avatar_image foreign key (avatar_image_id) references image (id) on delete set null
);
-- Author lists are sorted by name.
create index ix_author_name on author (name, id);

-- A post's authors in byline order. The primary key serves "the authors of these posts"; ix_post_author_author_id
-- serves "the posts of this author" (filters, counts, the delete check).
create table post_author (
    post_id   bigint  not null,
    author_id bigint  not null,
    position  integer not null,
    constraint pk_post_author primary key (post_id, author_id),
    constraint fk_post_author_post foreign key (post_id) references post (id) on delete cascade,
    constraint fk_post_author_author foreign key (author_id) references author (id)
);
create index ix_post_author_author_id on post_author (author_id, post_id);
