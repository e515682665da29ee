#!/usr/bin/env bash
# Makes sure PostgreSQL (127.0.0.1:5432, database test) and MariaDB (127.0.0.1:3306, root, database test)
# are up: starts a stopped server and creates a missing database. The tests create their own databases beside it.
set -euo pipefail

wait_for() { # name, command
  for _ in $(seq 1 60); do
    if eval "$2" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "$1 did not come up" >&2
  return 1
}

if ! pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1; then
  echo "starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
  wait_for PostgreSQL "pg_isready -h 127.0.0.1 -p 5432"
fi
psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'test'" | grep -q 1 \
  || psql -h 127.0.0.1 -U postgres -c "CREATE DATABASE test"

if ! mysqladmin -h 127.0.0.1 -u root status >/dev/null 2>&1; then
  echo "starting MariaDB"
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  wait_for MariaDB "mysqladmin -h 127.0.0.1 -u root status"
fi
mysql -h 127.0.0.1 -u root -e "CREATE DATABASE IF NOT EXISTS test"

echo "PostgreSQL and MariaDB are ready"
