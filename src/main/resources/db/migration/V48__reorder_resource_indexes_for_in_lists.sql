-- Two more lookups of a batch of ids of one type, resource_type = ? and resource_id in (...): the webhook outbox's
-- announced states and delta sync's old slugs. As with V47, H2 uses an IN list only on an index's first column, so
-- each batch walked every row of the type; id first serves both the list and the single-row statements.
alter table webhook_announced drop constraint pk_webhook_announced;
alter table webhook_announced add constraint pk_webhook_announced primary key (resource_id, resource_type);
drop index ix_old_slug_resource;
create index ix_old_slug_resource on old_slug (resource_id, resource_type);
