-- The author's display name: WordPress exports and front matter carry one, and an import must not lose it.
alter table post add column author varchar(200);
