#!/usr/bin/env bash
# httpclient_httpx.sh — httpx against a local HTTP server (CPython's http.server,
# tests/cli/support/httpclient_server.py): a trc-built client's output must equal
# support/httpclient_httpx_client.expected (CPython here has no httpx: the expected
# text follows httpx 0.27) — methods, params, json/form/content bodies, headers,
# auth, cookies, gzip, redirects, raise_for_status, Client/AsyncClient, connection
# reuse, timeouts, refused connections and URL/Headers/QueryParams.
set -u
fail() { echo "$*"; exit 1; }
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -d)
server_pid=
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$dir"; }
trap cleanup EXIT
/usr/bin/python3 -u "$here/support/httpclient_server.py" >"$dir/port" 2>"$dir/server.err" &
server_pid=$!
for _ in $(seq 100); do [ -s "$dir/port" ] && break; sleep 0.05; done
port=$(head -1 "$dir/port")
[ -n "$port" ] || fail "server did not start: $(cat "$dir/server.err")"
closed=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$TRC" build "$here/support/httpclient_httpx_client.py" -o "$dir/client" || fail "build failed"
"$dir/client" "http://127.0.0.1:$port" "$closed" >"$dir/actual" 2>&1
diff "$here/support/httpclient_httpx_client.expected" "$dir/actual" || fail "httpx client output differs"
exit 0
