#!/usr/bin/env bash
# The backup and restore drill of docs/operations.md, on Debian's PostgreSQL 15 (apt-get install postgresql):
# a primary with WAL archiving, a streaming replica, a pg_dump and its pg_restore, a base backup and a point-in-time
# recovery to just before a disaster (DROP SCHEMA public CASCADE). The platform creates the schema and its
# demonstration data on the primary first (ATTEST_DB_URL). Everything lives in /tmp/attest-drill and on loopback ports
# 55432-55434; the PostgreSQL processes run as the system user postgres. Usage: bench/restore-drill.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
D=/tmp/attest-drill
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
psql_at() { PGOPTIONS='-c client_min_messages=warning' as_pg "$PGBIN/psql" -X -q -At -h 127.0.0.1 -p "$1" -U postgres -d "$2" -c "$3"; }
counts() { psql_at "$1" "$2" "SELECT (SELECT count(*) FROM identity_account) || ' accounts, ' || (SELECT count(*) FROM itembank_item) || ' questions, ' || (SELECT count(*) FROM audit_entry) || ' audit entries, ' || (SELECT count(*) FROM flyway_schema_history) || ' migrations'"; }
stop_all() {
  for dir in primary replica pitr; do
    [ -f "$D/$dir/postmaster.pid" ] && as_pg "$PGBIN/pg_ctl" -D "$D/$dir" -m fast -w stop >/dev/null 2>&1 || true
  done
}
SERVER_PID=
trap 'bench_stop "$SERVER_PID"; stop_all' EXIT
stop_all; rm -rf "$D"; mkdir -p "$D/archive"; chown -R postgres "$D" 2>/dev/null || true

echo "== primary: PostgreSQL 15 with WAL archiving, port 55432"
as_pg "$PGBIN/initdb" -D "$D/primary" -U postgres --auth=trust >/dev/null
cat >>"$D/primary/postgresql.conf" <<CONF
port = 55432
listen_addresses = '127.0.0.1'
wal_level = replica
archive_mode = on
archive_command = 'test ! -f $D/archive/%f && cp %p $D/archive/%f'
max_wal_senders = 5
synchronous_commit = on
CONF
as_pg "$PGBIN/pg_ctl" -D "$D/primary" -l "$D/primary.log" -w start >/dev/null
as_pg "$PGBIN/createdb" -h 127.0.0.1 -p 55432 -U postgres attest

echo "== the platform creates its schema and demonstration data there"
bench_build
PORT=$(free_port)
ATTEST_DB_URL=jdbc:postgresql://127.0.0.1:55432/attest ATTEST_DB_USER=postgres ATTEST_DB_PASSWORD= \
  SERVER_ARGS="--attest.demo-data=true" bench_start "$D" "$PORT" "$D/platform.log"
bench_wait "$PORT" "$SERVER_PID" "$D/platform.log" 400
bench_wait_bank "$D/platform.log"
bench_stop "$SERVER_PID"; SERVER_PID=
echo "primary:          $(counts 55432 attest)"

echo "== streaming replica (pg_basebackup -R), port 55433"
as_pg "$PGBIN/pg_basebackup" -h 127.0.0.1 -p 55432 -U postgres -c fast -D "$D/replica" -R -X stream
echo "port = 55433" >>"$D/replica/postgresql.conf"
echo "archive_mode = off" >>"$D/replica/postgresql.conf"
as_pg "$PGBIN/pg_ctl" -D "$D/replica" -l "$D/replica.log" -w start >/dev/null
psql_at 55432 attest "CREATE TABLE drill_marker (note text, at timestamptz DEFAULT clock_timestamp()); INSERT INTO drill_marker (note) VALUES ('written on the primary after the replica started')"
sleep 2
echo "replica state:    in recovery=$(psql_at 55433 attest 'SELECT pg_is_in_recovery()'), $(psql_at 55432 postgres "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'") streaming sender(s) on the primary"
echo "replica:          $(counts 55433 attest); marker rows: $(psql_at 55433 attest 'SELECT count(*) FROM drill_marker')"
as_pg "$PGBIN/pg_ctl" -D "$D/replica" -m fast -w stop >/dev/null

echo "== base backup for point-in-time recovery, and a logical dump"
as_pg "$PGBIN/pg_basebackup" -h 127.0.0.1 -p 55432 -U postgres -c fast -D "$D/base" -Ft -z -X fetch
as_pg "$PGBIN/pg_dump" -h 127.0.0.1 -p 55432 -U postgres -Fc -f "$D/attest.dump" attest
echo "dump:             $(du -h "$D/attest.dump" | cut -f1), base backup $(du -sh "$D/base" | cut -f1)"

psql_at 55432 attest "INSERT INTO drill_marker (note) VALUES ('last good write')"
TARGET=$(psql_at 55432 attest "SELECT clock_timestamp()")
sleep 1
psql_at 55432 attest "INSERT INTO drill_marker (note) VALUES ('after the target: must not come back'); DROP SCHEMA public CASCADE; CREATE SCHEMA public"
psql_at 55432 attest "SELECT pg_switch_wal()" >/dev/null
sleep 2
echo "== disaster at $(date -u +%H:%M:%S): DROP SCHEMA public CASCADE on the primary; recovery target $TARGET"

echo "== restore 1: pg_restore of the dump into a new database"
as_pg "$PGBIN/createdb" -h 127.0.0.1 -p 55432 -U postgres attest_restored
as_pg "$PGBIN/pg_restore" -h 127.0.0.1 -p 55432 -U postgres -d attest_restored "$D/attest.dump"
echo "restored dump:    $(counts 55432 attest_restored)"

echo "== restore 2: point-in-time recovery from the base backup and the WAL archive, port 55434"
mkdir -p "$D/pitr"; tar -xzf "$D/base/base.tar.gz" -C "$D/pitr"; chown -R postgres "$D/pitr" 2>/dev/null || true; chmod 700 "$D/pitr"
cat >>"$D/pitr/postgresql.conf" <<CONF
port = 55434
archive_mode = off
restore_command = 'cp $D/archive/%f %p'
recovery_target_time = '$TARGET'
recovery_target_action = 'promote'
CONF
as_pg touch "$D/pitr/recovery.signal"
as_pg "$PGBIN/pg_ctl" -D "$D/pitr" -l "$D/pitr.log" -w -t 120 start >/dev/null
for _ in $(seq 1 60); do [ "$(psql_at 55434 postgres 'SELECT pg_is_in_recovery()')" = f ] && break; sleep 1; done
echo "recovered (PITR): $(counts 55434 attest)"
echo "marker rows:      $(psql_at 55434 attest "SELECT string_agg(note, ' | ' ORDER BY at) FROM drill_marker")"
grep -E "recovery stopping|archive recovery complete|database system is ready" "$D/pitr.log" | sed 's/^/pitr log: /'
