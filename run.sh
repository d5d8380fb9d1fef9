#!/usr/bin/env bash
# Builds Plenary and runs it on Payara Micro with the embedded H2 database and the MLW 2020 demo programme.
#   PLENARY_DATA_DIR  where the database and server state live (default: ./data); survives restarts
#   PLENARY_PORT      HTTP port on 127.0.0.1 (default: 8080)
#   PLENARY_DEMO      load the MLW 2020 programme on the first start (default: true)
#   PLENARY_DEMO_DATES  upcoming (default): the programme moved forward by whole weeks to start after today, so that
#                     it can be tried (registration, meetings, live sessions); as-held: its own dates, October 2020
#   PLENARY_SKIP_BUILD=1  start the last build without building again
#   PLENARY_DB=postgresql with PLENARY_DB_HOST, _PORT, _NAME, _USER, _PASSWORD: use PostgreSQL (domain-config/README.md)
#   PLENARY_MAIL_HOST (and _PORT, _TLS, _USER, _PASSWORD, _FROM)  the SMTP server; unset: mails wait in the outbox, logged
#   PLENARY_ADMIN_EMAIL, PLENARY_ADMIN_PASSWORD  the first administrator, created on the first start only (README);
#                     read by the platform from the environment (MicroProfile Config), so they pass through as they are
set -euo pipefail
cd "$(dirname "$0")"
data_dir="${PLENARY_DATA_DIR:-$PWD/data}"
port="${PLENARY_PORT:-8080}"
demo="${PLENARY_DEMO:-true}"
demo_dates="${PLENARY_DEMO_DATES:-upcoming}"

if [ "${PLENARY_SKIP_BUILD:-0}" != 1 ] || [ ! -f ear/webapp/target/plenary.war ]; then
  mvn -B -q -DskipTests package
fi
mkdir -p "$data_dir"
data_dir="$(cd "$data_dir" && pwd)"
# Micro's own state is laid anew at each start (so the WAR is deployed once); the database stays in $data_dir/database.
rm -rf "$data_dir/server"
db_opts=(--prebootcommandfile domain-config/embedded/pre-boot.asadmin)
if [ "${PLENARY_DB:-h2}" = postgresql ]; then
  export PLENARY_DB_HOST="${PLENARY_DB_HOST:-127.0.0.1}" PLENARY_DB_PORT="${PLENARY_DB_PORT:-5432}"
  export PLENARY_DB_NAME="${PLENARY_DB_NAME:-plenary}" PLENARY_DB_USER="${PLENARY_DB_USER:-plenary}"
  export PLENARY_DB_PASSWORD="${PLENARY_DB_PASSWORD:-plenary}"
  db_opts=(--prebootcommandfile domain-config/postgresql/pre-boot.asadmin --addlibs ear/webapp/target/postgresql.jar)
fi
echo "Plenary: http://localhost:${port}/  (data in ${data_dir})"
# --nocluster: no multicast discovery (Payara's default would send to 224.2.2.4); --disablephonehome: no usage
# report to Payara's servers.
exec java -Dplenary.demo="$demo" -Dplenary.demo.dates="$demo_dates" -Dplenary.data.dir="$data_dir" ${PLENARY_JAVA_OPTS:-} \
  -jar ear/webapp/target/payara-micro.jar --nocluster --disablephonehome \
  --interfaces 127.0.0.1 \
  --port "$port" \
  --rootdir "$data_dir/server" \
  --deploy ear/webapp/target/plenary.war \
  --contextroot / \
  "${db_opts[@]}" \
  ${PLENARY_MICRO_OPTS:-}
