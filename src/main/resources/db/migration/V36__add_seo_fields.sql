-- SEO fields (dev.inkstone.seo.Seo) on everything a frontend renders as a page of its own: posts, tags, categories.
-- All optional, so existing rows read as "no SEO overrides"; noindex defaults to false. One statement per column:
-- H2 and PostgreSQL differ in how they add several at once.
alter table post add column seo_title varchar(300);
alter table post add column seo_description varchar(1000);
alter table post add column seo_canonical_url varchar(2000);
alter table post add column seo_og_image_id bigint;
alter table post add column seo_noindex boolean default false not null;
-- A post's og:image is also one of the images it uses (post_image), so deleting it is refused naming the post.
alter table post add constraint fk_post_seo_og_image foreign key (seo_og_image_id) references image (id);
create index ix_post_seo_og_image_id on post (seo_og_image_id);

alter table tag add column seo_title varchar(300);
alter table tag add column seo_description varchar(1000);
alter table tag add column seo_canonical_url varchar(2000);
alter table tag add column seo_og_image_id bigint;
alter table tag add column seo_noindex boolean default false not null;
-- Deleting an image a tag or category uses as og:image is refused by this key (a 409 "in-use").
alter table tag add constraint fk_tag_seo_og_image foreign key (seo_og_image_id) references image (id);
create index ix_tag_seo_og_image_id on tag (seo_og_image_id);

alter table category add column seo_title varchar(300);
alter table category add column seo_description varchar(1000);
alter table category add column seo_canonical_url varchar(2000);
alter table category add column seo_og_image_id bigint;
alter table category add column seo_noindex boolean default false not null;
alter table category add constraint fk_category_seo_og_image foreign key (seo_og_image_id) references image (id);
create index ix_category_seo_og_image_id on category (seo_og_image_id);
