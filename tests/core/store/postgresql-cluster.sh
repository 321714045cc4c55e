#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the store tests run on PostgreSQL (docs/reliability.md).
#   postgresql-cluster.sh start STATEDIR   initdb into a new temporary folder, start the server on a
#                                           Unix socket only, and write the address the tests use to
#                                           STATEDIR/server; exit 77 (Skipped) where no server can run.
#   postgresql-cluster.sh stop STATEDIR    stop the server and remove its folder.
# The cluster belongs to an unprivileged user (the server refuses root): `postgres` through
# runuser when run as root, else the user running the tests. A watchdog stops and removes it
# when the ctest that started it ends, so an interrupted run leaves nothing behind either.
set -euo pipefail

action=${1:?start or stop}
state=${2:?state folder}
mkdir -p "$state"
bin=""
for dir in /usr/lib/postgresql/*/bin; do
    [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]] && bin=$dir
done

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_cluster() {
    local folder=$1
    [[ -d "$folder" ]] || return 0
    if [[ -n "$bin" && -f "$folder/data/postmaster.pid" ]]; then
        as_owner "$bin/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf -- "$folder"
}

if [[ $action == stop ]]; then
    [[ -f "$state/folder" ]] && stop_cluster "$(cat "$state/folder")"
    rm -f "$state/server" "$state/folder"
    exit 0
fi

# A cluster a previous, interrupted run left: gone first, so no test reads a stale address.
[[ -f "$state/folder" ]] && stop_cluster "$(cat "$state/folder")"
rm -f "$state/server" "$state/folder"

if [[ -z "$bin" ]]; then
    echo "SKIPPED: no PostgreSQL server here (initdb and pg_ctl not found; Debian package postgresql)"
    exit 77
fi
if [[ $(id -u) -eq 0 ]] && { ! command -v runuser >/dev/null || ! id postgres >/dev/null 2>&1; }; then
    echo "SKIPPED: running as root, and there is no runuser or no postgres user to own the server"
    exit 77
fi

folder=$(mktemp -d /tmp/ahplead-pg.XXXXXX)
started=0
trap '[[ $started -eq 1 ]] || stop_cluster "$folder"' EXIT
chmod 755 "$folder"
[[ $(id -u) -eq 0 ]] && chown postgres "$folder"
echo "$folder" >"$state/folder"

# C collation and UTF-8, no fsync (a throwaway cluster need not survive a power cut: quicker).
as_owner "$bin/initdb" -D "$folder/data" -A trust -E UTF8 --no-locale --no-sync --no-instructions \
    -U postgres >"$folder/initdb.log" 2>&1 || { cat "$folder/initdb.log"; exit 1; }
# Everyone through the socket without a password, except the role `ahplead_password` (which
# the tests use to see how a wrong or missing password is reported).
printf 'local all ahplead_password scram-sha-256\nlocal all all trust\n' >"$folder/data/pg_hba.conf"
as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 30 \
    -o "-k $folder -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null || { cat "$folder/server.log"; exit 1; }

me=$(id -un)
# ahplead_password sets up a store of its own in the tests, as a store's owner does: it may
# create the store's roles (StoreRoles).
"$bin/psql" -X -q -h "$folder" -U postgres -d postgres -v ON_ERROR_STOP=1 <<SQL
CREATE ROLE "$me" SUPERUSER LOGIN;
CREATE ROLE ahplead_password LOGIN CREATEROLE PASSWORD 'right-password';
CREATE DATABASE ahplead_tests;
SQL

# The watchdog: when the ctest that ran this ends (the cleanup test normally stops the server
# first), the cluster goes too. Detached, and with no output, so ctest does not wait for it.
parent=$PPID
setsid bash -c "while kill -0 $parent 2>/dev/null && [[ -d '$folder' ]]; do sleep 2; done; \
    rm -f '$state/server'; [[ -d '$folder' ]] && { $(declare -f as_owner stop_cluster); bin='$bin'; \
    stop_cluster '$folder'; }" \
    </dev/null >/dev/null 2>&1 &

echo "postgresql:///ahplead_tests?host=$folder" >"$state/server"
started=1
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') running on the socket in $folder"
