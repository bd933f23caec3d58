-- Author writes are logged like tags' (dev.inkstone.content.ChangeType.AUTHOR), so sync and webhooks hear of them.
alter table change_log drop constraint ck_change_log_resource_type;
alter table change_log add constraint ck_change_log_resource_type
    check (resource_type in ('post', 'tag', 'category', 'image', 'page', 'author'));
