-- Anonymous sync clients get a tombstone only for a post they could have seen: one that was visible to anonymous
-- readers at one of its logged writes (or its deletion). Rows older than this column keep the old behaviour.
alter table change_log add column was_public boolean default true not null;
