-- What emulators sharing one database share besides the data: the signature nonces of
-- the last window, and the step policies accounts changed.

-- The signature nonces of the last window, shared by the emulators on one database: a
-- nonce used through one is refused through another. Each is kept by a digest of the
-- access key and the nonce, until the window of its timestamp has passed.
create table signature_nonce (
    digest varchar(64) not null,
    forget_at bigint not null,
    constraint pk_signature_nonce primary key (digest)
);
create index ix_signature_nonce_forget on signature_nonce (forget_at);

-- The step policies an account changed (the others are as configured), kept so that every
-- emulator on the database times the account's steps alike, and a restart keeps them.
create table account_step_setting (
    user_id varchar(32) not null,
    kind varchar(64) not null,
    policy varchar(16) not null,
    duration_ms bigint not null,
    constraint pk_account_step_setting primary key (user_id, kind)
);
