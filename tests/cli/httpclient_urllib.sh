#!/usr/bin/env bash
# httpclient_urllib.sh — urllib.request against a local HTTP server (CPython's
# http.server, tests/cli/support/httpclient_server.py): a trc-built client must print
# what the same program prints under CPython (methods, headers, bodies, redirects,
# HTTPError/URLError texts, timeouts, file: and data: URLs, urlretrieve), and a
# refused connection must give CPython's URLError.
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
base=http://127.0.0.1:$port
client=$here/support/httpclient_urllib_client.py
mkdir "$dir/py" "$dir/trc"
/usr/bin/python3 "$client" "$base" "$dir/py" >"$dir/expected" 2>&1 || fail "CPython client failed: $(cat "$dir/expected")"
"$TRC" build "$client" -o "$dir/client" || fail "build failed"
"$dir/client" "$base" "$dir/trc" >"$dir/actual" 2>&1
diff "$dir/expected" "$dir/actual" || fail "urllib client output differs from CPython"

# A port nothing listens on: connection refused, as CPython reports it.
printf '%s\n' 'import sys, urllib.request' \
  'try:' '    urllib.request.urlopen(sys.argv[1])' \
  'except urllib.error.URLError as e:' '    print(e, repr(e.reason), e.reason.errno)' >"$dir/refused.py"
closed=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
want=$(/usr/bin/python3 "$dir/refused.py" "http://127.0.0.1:$closed/")
got=$("$TRC" run "$dir/refused.py" "http://127.0.0.1:$closed/" 2>&1)
[ "$got" = "$want" ] || fail "refused: want '$want' got '$got'"
exit 0
