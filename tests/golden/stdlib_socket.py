# socket: TCP server and client in one process on 127.0.0.1 port 0, UDP, AF_UNIX, socketpair, makefile, timeouts, non-blocking, options
import os
import select
import socket

def masked(sock, *ports):
    text = repr(sock).replace("fd=%d," % sock.fileno(), "fd=N,")
    for p in ports:
        text = text.replace(str(p), "PORT")
    return text

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
print(masked(srv))
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0, srv.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))
srv.bind(("127.0.0.1", 0))
srv.listen(5)
host, port = srv.getsockname()
print(host, isinstance(port, int) and port > 0)
print(masked(srv, port))
cli = socket.create_connection(("127.0.0.1", port), timeout=5)
conn, addr = srv.accept()
cport = cli.getsockname()[1]
print(addr == cli.getsockname(), conn.getpeername() == cli.getsockname(), cli.getpeername() == (host, port))
print(masked(cli, port, cport))
print(conn.family, conn.type, conn.proto, repr(conn.family), repr(conn.type))
print(cli.gettimeout(), conn.gettimeout(), conn.getblocking())
cli.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(cli.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
print(cli.send(b"hello"), conn.recv(100))
cli.sendall(b"x" * 200000)
total = 0
while total < 200000:
    total += len(conn.recv(65536))
print(total)
conn.sendall(b"peekaboo")
print(cli.recv(4, socket.MSG_PEEK), cli.recv(100))
buf = bytearray(8)
conn.send(b"into buffer!")
print(cli.recv_into(buf), buf, cli.recv_into(memoryview(buf)[2:], 2), buf, cli.recv(100))

# timeouts and non-blocking mode
conn.settimeout(0.05)
print(conn.gettimeout(), conn.timeout, conn.getblocking())
try:
    conn.recv(10)
except socket.timeout as e:
    print("timeout:", e, type(e).__name__, isinstance(e, OSError))
conn.setblocking(False)
print(conn.gettimeout(), conn.getblocking())
try:
    conn.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno == 11, e)
srv.settimeout(0.05)
try:
    srv.accept()
except TimeoutError as e:
    print("accept", e)
conn.setblocking(True)
print(conn.gettimeout(), conn.getblocking())

# makefile
w = cli.makefile("wb")
w.write(b"first line\nsecond line\n")
w.flush()
w.close()
r = conn.makefile("r")
print(repr(r.readline()), repr(r.readline()))
r.close()
tw = conn.makefile("w", encoding="utf-8")
tw.write("text and caf\u00e9\n")
tw.close()
print(cli.recv(100).decode())
try:
    cli.makefile("rx")
except ValueError as e:
    print(e)

# shutdown, EOF, close
cli.shutdown(socket.SHUT_WR)
print(conn.recv(10))
conn.close()
print(cli.recv(10))
cli.close()
print(masked(cli), cli.fileno())
try:
    cli.recv(1)
except OSError as e:
    print(type(e).__name__, e)
with srv:
    pass
print(srv._closed if hasattr(srv, "_closed") else "closed", srv.fileno())

# create_server, context managers, detach, dup, fileno=
with socket.create_server(("127.0.0.1", 0)) as server:
    port = server.getsockname()[1]
    with socket.create_connection(("127.0.0.1", port)) as c1:
        s1, _ = server.accept()
        with s1:
            c2 = c1.dup()
            print(c2.fileno() != c1.fileno(), c2.family, c2.type)
            c2.sendall(b"via dup")
            c2.close()
            print(s1.recv(100))
            fd = c1.detach()
            print(c1.fileno(), masked(c1))
            c3 = socket.socket(fileno=fd)
            print(c3.family, c3.type, c3.proto, c3.fileno() == fd)
            c3.sendall(b"via fileno")
            print(s1.recv(100))
            c3.close()
            print(s1.recv(100))

# UDP
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(u2.sendto(b"datagram one", u1.getsockname()))
data, frm = u1.recvfrom(100)
print(data, frm[1] == u2.getsockname()[1], u1.type)
u2.sendto(b"two", 0, u1.getsockname())
buf = bytearray(10)
n, frm = u1.recvfrom_into(buf)
print(n, bytes(buf[:n]), frm[1] == u2.getsockname()[1])
u1.sendto(b"back", frm)
print(u2.recv(100))
u2.connect(u1.getsockname())
u2.send(b"connected")
u2.send(b"second")
print(u1.recv(3), u1.recv(100))  # a short read drops the rest of a datagram
u1.settimeout(0.02)
try:
    u1.recvfrom(10)
except socket.timeout as e:
    print("udp", e)
u1.close(); u2.close()

# socketpair and AF_UNIX
a, b = socket.socketpair()
print(a.family, a.type, repr(a.family), a.getsockname())
a.sendall(b"over the pair")
print(b.recv(100))
a.close()
print(b.recv(100))
b.close()
path = "/tmp/_trc_socket_%d.sock" % os.getpid()
us = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
us.bind(path)
us.listen()
print(us.getsockname() == path)
uc = socket.socket(socket.AF_UNIX)
uc.connect(path)
uconn, uaddr = us.accept()
print(repr(uaddr), uc.getpeername() == path)
uc.sendall(b"unix data")
print(uconn.recv(100))
for s in (uc, uconn, us):
    s.close()
os.remove(path)

# non-blocking connect and select
ls = socket.create_server(("127.0.0.1", 0))
nb = socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
print(nb.type, nb.gettimeout(), nb.getblocking())
err = nb.connect_ex(ls.getsockname())
print(err in (0, 115))
r, w, x = select.select([], [nb], [], 5)
print(w == [nb], nb.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
peer, _ = ls.accept()
nb.send(b"nb")
print(peer.recv(10))
for s in (nb, peer, ls):
    s.close()
socket.setdefaulttimeout(2.5)
s = socket.socket()
print(socket.getdefaulttimeout(), s.gettimeout())
s.close()
socket.setdefaulttimeout(None)
print(socket.getdefaulttimeout())

# SocketType and subclasses
class Tagged(socket.socket):
    def tag(self):
        return "tagged " + str(self.family)

t = Tagged()
print(t.tag(), repr(t).startswith("<__main__.Tagged fd="), isinstance(t, socket.SocketType))
t.close()
