-- An import looks up a batch's source keys at once: source_kind = ? and source_key in (...). H2 uses an IN list
-- only on an index's first column, so with (source_kind, source_key) it walked every key of the kind for each
-- batch (a fifth of an unchanged re-run's time at 10,000 posts, 2026-12-07 profile). Same uniqueness, key first;
-- PostgreSQL serves both orders.
alter table import_source drop constraint uq_import_source_source_key;
alter table import_source add constraint uq_import_source_source_key unique (source_key, source_kind);
