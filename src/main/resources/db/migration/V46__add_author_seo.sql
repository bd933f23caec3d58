-- Authors get the SEO overrides posts, tags, categories (V36) and pages (V44) have: an author's page is a page of its
-- own for search engines. All optional, so existing authors read as "no SEO overrides". One statement per column:
-- H2 and PostgreSQL differ in how they add several at once.
alter table author add column seo_title varchar(300);
alter table author add column seo_description varchar(1000);
alter table author add column seo_canonical_url varchar(2000);
alter table author add column seo_og_image_id bigint;
alter table author add column seo_noindex boolean default false not null;
-- Deleting an image an author uses as og:image is refused by this key (a 409 "in-use"), as for tags; the avatar
-- instead is set null (fk_author_avatar_image), since a byline without a picture still reads.
alter table author add constraint fk_author_seo_og_image foreign key (seo_og_image_id) references image (id);
create index ix_author_seo_og_image_id on author (seo_og_image_id);
