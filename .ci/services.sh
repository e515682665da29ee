#!/usr/bin/env bash
# Makes sure PostgreSQL (127.0.0.1:5432, database test), MariaDB (127.0.0.1:3306, root, database test) and Redis
# (127.0.0.1:6379, for the rate-limit tests) are up: starts a stopped server and creates a missing database. The tests
# create their own databases beside it, and keep their Redis keys under their own prefixes.
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

if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  echo "starting Redis"
  if [ -f /etc/redis/redis.conf ]; then
    redis-server /etc/redis/redis.conf --daemonize yes
  else
    redis-server --bind 127.0.0.1 --port 6379 --save '' --daemonize yes
  fi
  wait_for Redis "redis-cli -h 127.0.0.1 -p 6379 ping | grep -q PONG"
fi

echo "PostgreSQL, MariaDB and Redis are ready"
