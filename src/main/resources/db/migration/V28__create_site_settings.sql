-- The site's own settings (dev.inkstone.site): one row, created here with defaults so a fresh database answers an
-- empty site. Navigation lists are stored as JSON text: they are read and written whole, never queried into, and
-- their references (post, tag, category ids) are resolved when read, so a renamed slug shows at once and a deleted
-- target simply drops out. Logo and icon carry no foreign key for the same reason: a deleted image reads as null.
create table site_settings (
    id                   integer        not null,
    title                varchar(200)   not null,
    description          varchar(2000),
    url                  varchar(2000),
    locale               varchar(35)    not null,
    timezone             varchar(64)    not null,
    logo_image_id        bigint,
    icon_image_id        bigint,
    navigation           varchar(100000) not null,
    secondary_navigation varchar(100000) not null,
    updated_at           timestamp(6) with time zone not null,
    version              bigint         not null,
    constraint pk_site_settings primary key (id),
    constraint ck_site_settings_one_row check (id = 1)
);
insert into site_settings (id, title, locale, timezone, navigation, secondary_navigation, updated_at, version)
values (1, '', 'en', 'UTC', '[]', '[]', current_timestamp, 1);
