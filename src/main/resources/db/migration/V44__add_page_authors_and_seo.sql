-- Pages carry a byline and SEO overrides as posts do (V33 post_author, V36 post SEO columns).

-- A page's authors in byline order. The primary key serves "the authors of these pages"; ix_page_author_author_id
-- serves "the pages of this author" and the cascade. Deleting an author takes it off page bylines (a page's byline
-- is decoration; posts, whose bylines feeds and filters use, refuse the delete instead).
create table page_author (
    page_id   bigint  not null,
    author_id bigint  not null,
    position  integer not null,
    constraint pk_page_author primary key (page_id, author_id),
    constraint fk_page_author_page foreign key (page_id) references page (id) on delete cascade,
    constraint fk_page_author_author foreign key (author_id) references author (id) on delete cascade
);
create index ix_page_author_author_id on page_author (author_id, page_id);

-- All optional, so existing pages read as "no SEO overrides". One statement per column: H2 and PostgreSQL differ
-- in how they add several at once.
alter table page add column seo_title varchar(300);
alter table page add column seo_description varchar(1000);
alter table page add column seo_canonical_url varchar(2000);
alter table page add column seo_og_image_id bigint;
alter table page add column seo_noindex boolean default false not null;
-- Deleting an image a page uses as og:image is refused by this key, as for its featured image.
alter table page add constraint fk_page_seo_og_image foreign key (seo_og_image_id) references image (id);
create index ix_page_seo_og_image_id on page (seo_og_image_id);
