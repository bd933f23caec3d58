-- The featured image of a post. Images arrive with their own feature (and then a foreign key); the column exists
-- now so that lists can already filter on "has a featured image".
alter table post add column featured_image_id bigint;
create index ix_post_featured_image_id on post (featured_image_id);
