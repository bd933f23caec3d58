-- Which images each post uses, as its featured image or inside its markdown (our own /media/<sha256>/ URLs),
-- maintained on every post write. Deleting an image asks this table, through ix_post_image_image_id, which posts
-- use it, instead of scanning every post's markdown.
create table post_image (
    post_id  bigint not null,
    image_id bigint not null,
    constraint pk_post_image primary key (post_id, image_id),
    constraint fk_post_image_post foreign key (post_id) references post (id) on delete cascade,
    constraint fk_post_image_image foreign key (image_id) references image (id)
);
create index ix_post_image_image_id on post_image (image_id, post_id);

-- V7 added the column ahead of images; now it can point at one. The delete check answers first with the posts;
-- these keys are the backstop for a post written between that check and the delete.
alter table post add constraint fk_post_featured_image foreign key (featured_image_id) references image (id);
