# Blocking socket, select and subprocess calls in threads let the other threads run (the GIL is dropped while they wait)
import socket
import subprocess
import select
import threading

listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
listener.bind(("127.0.0.1", 0))
listener.listen(4)
port = listener.getsockname()[1]
log = []
lock = threading.Lock()

def note(s):
    with lock:
        log.append(s)

def serve(n):
    for _ in range(n):
        conn, _addr = listener.accept()       # blocks until a client connects
        with conn:
            data = b""
            while not data.endswith(b"\n"):
                chunk = conn.recv(64)          # blocks while the client thinks
                if not chunk:
                    break
                data += chunk
            conn.sendall(data.upper())
    note("served %d" % n)

server = threading.Thread(target=serve, args=(3,))
server.start()

def client(i):
    with socket.create_connection(("127.0.0.1", port)) as c:
        c.sendall(("hello %d\n" % i).encode())
        reply = b""
        while not reply.endswith(b"\n"):
            reply += c.recv(64)
        note(reply.decode().strip())

clients = [threading.Thread(target=client, args=(i,)) for i in range(3)]
for t in clients:
    t.start()
for t in clients:
    t.join()
server.join()
listener.close()
print(sorted(log))

# a thread waiting in select() on a pipe while the main thread writes to it
import os
r, w = os.pipe()
seen = []
def watcher():
    ready, _, _ = select.select([r], [], [], 10)
    seen.append(os.read(r, 100) if ready else b"timeout")
t = threading.Thread(target=watcher)
t.start()
os.write(w, b"ping")
t.join()
print(seen)
os.close(r)
os.close(w)

# subprocess in threads: each waits for its child while the others run
outs = {}
def run(i):
    p = subprocess.run(["/bin/sh", "-c", "read x; echo got $x"], input="line%d\n" % i,
                       capture_output=True, text=True)
    with lock:
        outs[i] = (p.returncode, p.stdout.strip())
threads = [threading.Thread(target=run, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(outs.items()))
