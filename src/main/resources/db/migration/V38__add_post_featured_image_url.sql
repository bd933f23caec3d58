-- A featured image kept as an address: a clipped page's first picture whose file did not come with the import.
-- The post still shows it (featuredImage with a null id); a stored image (featured_image_id) takes its place.
-- No index: lists filter on featured images together with featured_image_id, which is not selective either.
alter table post add column featured_image_url varchar(2000);
