-- Post lists sort by title too (ties by id).
create index ix_post_title on post (title, id);
