-- Every running instance of the service heartbeats its row, so an instance can tell it is not alone on the database
-- (and warn when images stay on its own file system). Rows of instances gone for a day are deleted.
create table app_instance (
    id             varchar(64)  not null,
    image_storage  varchar(16)  not null,
    started_at     timestamp(6) with time zone not null,
    heartbeat_at   timestamp(6) with time zone not null,
    constraint pk_app_instance primary key (id)
);
-- The live instances are a range of heartbeat_at; so are the ones to delete.
create index ix_app_instance_heartbeat_at on app_instance (heartbeat_at);
