#!/usr/bin/env bash
# socket_peer.sh — a trc program talks TCP to CPython over 127.0.0.1: first as the
# server (port 0, the port handed over in a file), then as the client of a CPython
# server, reading its replies line by line through makefile().
set -u
fail() { echo "$*"; exit 1; }
dir=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; rm -rf "$dir"' EXIT
cd "$dir" || exit 1
export XDG_CACHE_HOME=$dir/cache

# wait_for FILE: until FILE exists and is not empty (at most 20 s)
wait_for() {
    for _ in $(seq 200); do [ -s "$1" ] && return 0; sleep 0.1; done
    fail "timed out waiting for $1"
}

cat >server.py <<'PY'
import os
import socket
with socket.create_server(("127.0.0.1", 0)) as srv:
    with open("port.tmp", "w") as f:
        f.write(str(srv.getsockname()[1]))
    os.rename("port.tmp", "port")
    conn, addr = srv.accept()
    with conn:
        f = conn.makefile("rb")
        for line in f:
            conn.sendall(line.upper())
        f.close()
    print("server done", addr[0])
PY
"$TRC" build server.py -o server || fail "build server"
./server >server.out 2>&1 &
pids+=($!)
wait_for port
reply=$(python3 - "$(cat port)" <<'PY'
import socket, sys
with socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=10) as c:
    c.sendall(b"hello\nfrom cpython\n")
    c.shutdown(socket.SHUT_WR)
    data = b""
    while chunk := c.recv(100):
        data += chunk
print(data.decode(), end="")
PY
) || fail "python client failed"
[ "$reply" = "HELLO
FROM CPYTHON" ] || fail "echo server replied: $reply"
wait "${pids[0]}" || fail "server exited with an error: $(cat server.out)"
[ "$(cat server.out)" = "server done 127.0.0.1" ] || fail "server output: $(cat server.out)"

python3 - <<'PY' &
import os, socket
srv = socket.create_server(("127.0.0.1", 0))
with open("pyport.tmp", "w") as f:
    f.write(str(srv.getsockname()[1]))
os.rename("pyport.tmp", "pyport")
srv.settimeout(20)
conn, _ = srv.accept()
with conn:
    name = conn.recv(100).decode()
    conn.sendall(f"hi {name}\nsecond line\n".encode())
PY
pids+=($!)
wait_for pyport
cat >client.py <<'PY'
import socket, sys
with socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=10) as c:
    c.sendall(b"trc")
    f = c.makefile("r")
    print(f.readline(), end="")
    print(f.readline(), end="")
    print(repr(f.readline()))
    f.close()
PY
out=$("$TRC" run client.py "$(cat pyport)") || fail "trc client failed: $out"
[ "$out" = "hi trc
second line
''" ] || fail "trc client read: $out"
exit 0
