-- Accounts and the access keys that act for them. An account made through the control
-- plane or met as an unknown key in isolated mode has a row here; the default account and
-- the keys of the configuration need none.
create table account (
    user_id varchar(32) not null,
    created_at bigint not null,
    constraint pk_account primary key (user_id)
);

-- A key registered through the control plane or a scenario, or met in isolated mode
-- (then without a secret: it cannot be verified).
create table account_key (
    access_key_id varchar(128) not null,
    access_key_secret varchar(256),
    user_id varchar(32) not null,
    security_token varchar(4096),
    created_at bigint not null,
    constraint pk_account_key primary key (access_key_id)
);
create index ix_account_key_user on account_key (user_id);
