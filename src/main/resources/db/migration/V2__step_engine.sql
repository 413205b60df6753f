-- The step engine at scale, the same on H2 and PostgreSQL: the guard's key gets a name of
-- its own, the rows that steps and requests both change get a version, steps know their
-- account, and the queries get the indexes they read by.

-- Only a violation of this named key is TaskIsBeingProcessed; the table is rebuilt to
-- name it (the first schema left the name to the database).
create table domain_task_guard_named (
    guard_key varchar(300) not null,
    task_detail_no varchar(36) not null,
    constraint pk_domain_task_guard primary key (guard_key)
);
insert into domain_task_guard_named (guard_key, task_detail_no)
    select guard_key, task_detail_no from domain_task_guard;
drop table domain_task_guard;
alter table domain_task_guard_named rename to domain_task_guard;

-- Optimistic locking: a change made from a stale read is refused instead of lost.
alter table task_detail add column version bigint default 0 not null;
alter table transfer_in add column version bigint default 0 not null;
alter table transfer_out add column version bigint default 0 not null;
alter table held_domain add column version bigint default 0 not null;

-- A step's account, whose clock its due time is read on.
alter table scheduled_step add column user_id varchar(32) default '' not null;

-- Every index costs each write of its table (H2 rewrites them all on an update): the hot
-- tables keep only those a query reads by. Steps are claimed by (due_at, id) and found by
-- their target; details by their number, their task, and PollTaskResult's order below.
drop index ix_scheduled_step_kind;
drop index ix_task_detail_domain;
drop index ix_task_detail_task_no;

-- A transfer-in's history is read by its instance: the key leads with it (the first
-- schema's key led with the position, so PostgreSQL scanned the table for every read).
create table transfer_in_history_keyed (
    instance_id varchar(32) not null,
    seq integer not null check (seq >= 0),
    from_status integer,
    to_status integer not null,
    changed_at bigint not null,
    cause varchar(16) not null,
    constraint pk_transfer_in_history primary key (instance_id, seq)
);
insert into transfer_in_history_keyed (instance_id, seq, from_status, to_status, changed_at, cause)
    select instance_id, seq, from_status, to_status, changed_at, cause from transfer_in_history;
drop table transfer_in_history;
alter table transfer_in_history_keyed rename to transfer_in_history;
-- The history is written by inserts alone, each at the place the transfer-in's
-- history_length gives it (kept with the transfer-in's version).
alter table transfer_in add column history_length integer default 0 not null;
update transfer_in set history_length =
    (select count(*) from transfer_in_history h where h.instance_id = transfer_in.instance_id);

-- QueryTransferInList reads an account's transfer-ins newest first.
create index ix_transfer_in_user_submitted on transfer_in (user_id, submission_date desc, instance_id);
-- PollTaskResult reads an account's unacknowledged details in the order they finished.
create index ix_task_detail_results on task_detail (user_id, acknowledged, update_time, id);
-- Fault rules are looked up by account on every call while any exists.
create index ix_fault_rule_user on fault_rule (user_id, id);
-- Firings are listed by account and trimmed oldest first.
create index ix_fault_firing_user on fault_firing (user_id, id);

-- How many of something each account has, kept as it changes, so that a list's
-- TotalItemNum is read instead of counted; filled from what the database holds already.
create table account_total (
    user_id varchar(32) not null,
    name varchar(32) not null,
    total bigint not null,
    constraint pk_account_total primary key (user_id, name)
);
insert into account_total (user_id, name, total)
    select user_id, 'transfer-ins', count(*) from transfer_in group by user_id;
insert into account_total (user_id, name, total)
    select user_id, 'tasks', count(*) from task group by user_id;
insert into account_total (user_id, name, total)
    select user_id, 'results', count(*) from task_detail where status_code >= 2 and acknowledged = false
    group by user_id;
