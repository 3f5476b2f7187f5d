#!/usr/bin/env bash
# websockets_interop.sh — trc's websockets against a peer written with CPython's raw
# sockets (CPython here has no websockets package): the client masks its frames,
# reassembles a fragmented message with a ping between the fragments (answered with a
# pong) and sends an iterable as a fragmented message; the server unmasks, echoes, answers pings and completes the close handshake.
set -u
fail() { echo "$*"; exit 1; }
dir=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; rm -rf "$dir"; }
trap cleanup EXIT
cd "$dir" || exit 1

cat >peer.py <<'EOF'
import base64, hashlib, os, socket, struct, sys

GUID = b'258EAFA5-E914-47DA-95CA-C5AB0DC85B11'

def accept_key(key):
    return base64.b64encode(hashlib.sha1(key + GUID).digest())

def recv_exact(s, n):
    data = b''
    while len(data) < n:
        chunk = s.recv(n - len(data))
        if not chunk:
            raise EOFError('connection closed')
        data += chunk
    return data

def read_http(s):
    data = b''
    while b'\r\n\r\n' not in data:
        chunk = s.recv(1)
        if not chunk:
            raise EOFError('no handshake')
        data += chunk
    lines = data.decode().split('\r\n')
    return lines[0], {k.strip().lower(): v.strip() for k, _, v in (l.partition(':') for l in lines[1:] if l)}

def frame(opcode, payload, fin=True, mask=False):
    head = bytes([(0x80 if fin else 0) | opcode])
    n = len(payload)
    m = 0x80 if mask else 0
    if n < 126:
        head += bytes([m | n])
    else:
        head += bytes([m | 126]) + struct.pack('!H', n)
    if mask:
        key = os.urandom(4)
        return head + key + bytes(b ^ key[i % 4] for i, b in enumerate(payload))
    return head + payload

def read_frame(s, want_masked):
    b0, b1 = recv_exact(s, 2)
    masked, n = b1 & 0x80, b1 & 0x7f
    assert bool(masked) == want_masked, 'mask bit %d, expected %d' % (bool(masked), want_masked)
    if n == 126:
        n = struct.unpack('!H', recv_exact(s, 2))[0]
    elif n == 127:
        n = struct.unpack('!Q', recv_exact(s, 8))[0]
    key = recv_exact(s, 4) if masked else b'\0\0\0\0'
    payload = bytes(b ^ key[i % 4] for i, b in enumerate(recv_exact(s, n)))
    return b0 & 0x80, b0 & 0x0f, payload

def server(portfile):
    ls = socket.socket()
    ls.bind(('127.0.0.1', 0))
    ls.listen(1)
    with open(portfile + '.tmp', 'w') as f:
        f.write(str(ls.getsockname()[1]))
    os.rename(portfile + '.tmp', portfile)
    s, _ = ls.accept()
    s.settimeout(20)
    request, headers = read_http(s)
    assert request.startswith('GET /path?q=1 HTTP/1.1'), request
    assert headers['upgrade'].lower() == 'websocket' and headers['sec-websocket-version'] == '13'
    assert headers['x-extra'] == 'yes', headers
    s.sendall(b'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n'
              b'Sec-WebSocket-Accept: ' + accept_key(headers['sec-websocket-key'].encode()) + b'\r\n\r\n')
    fin, op, payload = read_frame(s, True)
    assert (fin, op, payload) == (0x80, 1, b'hello'), (fin, op, payload)
    # a fragmented text message with a ping between its fragments
    s.sendall(frame(1, b'frag', fin=False) + frame(9, b'p1') + frame(0, b'mented'))
    assert read_frame(s, True)[1:] == (10, b'p1'), 'no pong for the ping'
    fin, op, payload = read_frame(s, True)
    assert (op, payload) == (2, b'got fragmented'), (op, payload)
    # an iterable sent by the client: a frame per item
    frames = [read_frame(s, True) for _ in range(3)]
    assert frames == [(0, 1, b'one '), (0, 0, b'two '), (0x80, 0, b'three')], frames
    s.sendall(frame(8, struct.pack('!H', 1000) + b'done'))
    fin, op, payload = read_frame(s, True)
    assert (op, payload) == (8, struct.pack('!H', 1000) + b'done'), (op, payload)
    s.close()
    print('server peer ok')

def client(port):
    s = socket.create_connection(('127.0.0.1', port), timeout=20)
    key = base64.b64encode(os.urandom(16))
    s.sendall(b'GET /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n'
              b'Sec-WebSocket-Key: ' + key + b'\r\nSec-WebSocket-Version: 13\r\n\r\n')
    status, headers = read_http(s)
    assert status.startswith('HTTP/1.1 101'), status
    assert headers['sec-websocket-accept'].encode() == accept_key(key), headers
    s.sendall(frame(1, b'Hello ', fin=False, mask=True) + frame(0, b'Server', mask=True))
    assert read_frame(s, False)[1:] == (1, b'Echo: Hello Server')
    s.sendall(frame(2, bytes(range(200)), mask=True))
    assert read_frame(s, False)[1:] == (2, bytes(range(200)))
    s.sendall(frame(9, b'ping!', mask=True))
    assert read_frame(s, False)[1:] == (10, b'ping!'), 'no pong'
    s.sendall(frame(8, struct.pack('!H', 1000), mask=True))
    assert read_frame(s, False)[1:] == (8, struct.pack('!H', 1000))
    assert s.recv(10) == b'', 'the server did not close the TCP connection'
    s.close()
    print('client peer ok')

if __name__ == '__main__':
    server(sys.argv[2]) if sys.argv[1] == 'server' else client(int(sys.argv[2]))
EOF

cat >client.py <<'EOF'
import asyncio, sys
import websockets

async def main():
    port = int(sys.argv[1])
    async with websockets.connect(f"ws://127.0.0.1:{port}/path?q=1", extra_headers={"X-Extra": "yes"}) as ws:
        await ws.send("hello")
        message = await ws.recv()
        await ws.send(b"got " + message.encode())
        await ws.send(["one ", "", "two ", "three"])
        try:
            await ws.recv()
        except websockets.ConnectionClosedOK as e:
            print("closed:", e)

asyncio.run(main())
EOF

cat >server.py <<'EOF'
import asyncio
import websockets

async def echo(ws):
    async for message in ws:
        await ws.send(f"Echo: {message}" if isinstance(message, str) else message)
    print("handler done:", ws.close_code, flush=True)

async def main():
    async with websockets.serve(echo, "127.0.0.1", 0) as server:
        print(server.sockets[0].getsockname()[1], flush=True)
        await asyncio.sleep(30)

asyncio.run(main())
EOF

wait_for_file() { for _ in $(seq 1 200); do [ -s "$1" ] && return 0; sleep 0.05; done; return 1; }

# trc client against the Python server
/usr/bin/python3 peer.py server port >peer_server.out 2>&1 &
pids+=($!)
wait_for_file port || fail "python server did not start"
out=$(timeout 30 "$TRC" run client.py "$(cat port)" 2>&1) || fail "trc client failed: $out"
[ "$out" = "closed: received 1000 (OK) done; then sent 1000 (OK) done" ] || fail "trc client output: $out"
wait "${pids[0]}" || fail "python server: $(cat peer_server.out)"
grep -q 'server peer ok' peer_server.out || fail "python server: $(cat peer_server.out)"

# Python client against the trc server
timeout 40 "$TRC" run server.py >trc_server.out 2>&1 &
pids+=($!)
for _ in $(seq 1 400); do [ -n "$(head -1 trc_server.out 2>/dev/null)" ] && break; sleep 0.05; done
port=$(head -1 trc_server.out)
[[ "$port" =~ ^[0-9]+$ ]] || fail "trc server did not start: $(cat trc_server.out)"
timeout 30 /usr/bin/python3 peer.py client "$port" || fail "python client failed; trc server: $(cat trc_server.out)"
for _ in $(seq 1 100); do grep -q 'handler done' trc_server.out && break; sleep 0.05; done
grep -q 'handler done: 1000' trc_server.out || fail "trc server: $(cat trc_server.out)"
exit 0
