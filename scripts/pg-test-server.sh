#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, in a folder of its own, run by an
# unprivileged user, listening only on a private Unix socket in that folder and a port of
# its own (never the machine's PostgreSQL).
#
#   scripts/pg-test-server.sh start DIR [PORT]   prints the connection string for
#                                                 PROEFTUIN_TEST_PG
#   scripts/pg-test-server.sh stop DIR
#
# As root the cluster runs as `nobody` (PostgreSQL refuses to run as root).
set -euo pipefail
action=${1:?start or stop}
dir=${2:?a folder for the cluster}
port=${3:-54329}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "pg-test-server: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 2; }
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"
  else
    "$@"
  fi
}
case "$action" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown nobody "$dir"
    chmod 700 "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U proeftuin --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    # TLS on 127.0.0.1 too (for the encrypted-connection test): a throwaway certificate
    # authority in $dir/tls/ca.crt and a server certificate for localhost signed by it.
    tls=""
    if command -v openssl >/dev/null; then
      as_owner mkdir -p "$dir/tls"
      ( cd "$dir/tls" && as_owner sh -c '
          openssl req -new -x509 -days 2 -nodes -subj "/CN=Proeftuin test CA" \
            -keyout ca.key -out ca.crt >/dev/null 2>&1 &&
          openssl req -new -nodes -subj "/CN=localhost" -keyout server.key -out server.csr >/dev/null 2>&1 &&
          printf "subjectAltName=DNS:localhost,IP:127.0.0.1\n" > san.ext &&
          openssl x509 -req -days 2 -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial \
            -extfile san.ext -out server.crt >/dev/null 2>&1 &&
          chmod 600 server.key' ) \
        && tls="-c ssl=on -c ssl_cert_file=$dir/tls/server.crt -c ssl_key_file=$dir/tls/server.key -c listen_addresses=127.0.0.1"
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-k $dir -p $port -c listen_addresses='' $tls" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "host=$dir port=$port user=proeftuin dbname=postgres"
    ;;
  stop)
    [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    ;;
  *) echo "pg-test-server: start or stop" >&2; exit 2;;
esac
