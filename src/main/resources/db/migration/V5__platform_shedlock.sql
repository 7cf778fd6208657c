-- ShedLock: one row per named lock, so that a scheduled job runs on one app node at a time (SchedulerLockConfiguration).
CREATE TABLE shedlock (
    name        varchar(64)  NOT NULL PRIMARY KEY,
    lock_until  timestamptz  NOT NULL,
    locked_at   timestamptz  NOT NULL,
    locked_by   varchar(255) NOT NULL
);
