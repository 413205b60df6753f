-- Every account has a clock of its own. An account whose clock was never set follows the
-- clock every account starts from, kept under the UserId '*' (user ids are digits); the
-- one clock of the earlier schema becomes that starting clock.
create table account_clock (
    user_id varchar(32) not null,
    offset_ms bigint not null,
    frozen_at bigint,
    constraint pk_account_clock primary key (user_id)
);
insert into account_clock (user_id, offset_ms, frozen_at)
    select '*', offset_ms, frozen_at from emulator_clock where id = 1;
drop table emulator_clock;

-- Steps are claimed per account, on the account's clock.
drop index ix_scheduled_step_due;
create index ix_scheduled_step_due on scheduled_step (user_id, due_at, id);
