create sequence api_token_seq start with 1 increment by 50;

-- Only the SHA-256 of a token is stored: tokens are 256-bit random values, so a fast hash is enough
-- and a database leak does not leak usable credentials.
create table api_token (
    id           bigint       not null,
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    role         varchar(16)  not null,
    created_at   timestamp(6) with time zone not null,
    constraint pk_api_token primary key (id),
    constraint uq_api_token_token_hash unique (token_hash),
    constraint ck_api_token_role check (role in ('admin', 'editor', 'reader'))
);
