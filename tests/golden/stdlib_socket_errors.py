# socket errors and helpers: refused connections, address in use, bad addresses, gaierror texts, timeouts, inet_*/hton* conversions, getaddrinfo
import errno
import socket

def show(fn, *args, **kwargs):
    try:
        print("ok", fn(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__ + ":", e)

# a port nobody listens on: bind one, note it, close it
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
closed_port = probe.getsockname()[1]
probe.close()
s = socket.socket()
try:
    s.connect(("127.0.0.1", closed_port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e, e.errno == errno.ECONNREFUSED, isinstance(e, socket.error))
s.close()
s = socket.socket()
print(s.connect_ex(("127.0.0.1", closed_port)) == errno.ECONNREFUSED)
s.close()
try:
    socket.create_connection(("127.0.0.1", closed_port), timeout=1)
except OSError as e:
    print(type(e).__name__, e)

# address in use
a = socket.socket()
a.bind(("127.0.0.1", 0))
a.listen()
port = a.getsockname()[1]
b = socket.socket()
try:
    b.bind(("127.0.0.1", port))
except OSError as e:
    print(type(e).__name__, e.errno == errno.EADDRINUSE, e.strerror)
b.close()
try:
    socket.create_server(("127.0.0.1", port))
except OSError as e:
    print(type(e).__name__, str(e).replace(str(port), "PORT"))
a.close()

# bad addresses and arguments
s = socket.socket()
for addr in [("127.0.0.1", 70000), ("127.0.0.1", -1), "127.0.0.1", ("127.0.0.1",), ("127.0.0.1", 80, 0), ("127.0.0.1", "80"), (80, 80)]:
    show(s.bind, addr)
show(s.connect, ["127.0.0.1", 80])
show(s.settimeout, -1)
show(s.settimeout, "x")
show(s.recv, -1)
show(s.send, "text")
show(s.sendall, 42)
show(s.getpeername)
show(s.listen, 0)
s.close()
show(socket.socket, fileno=-1)
show(socket.socket, fileno="3")
show(socket.socket, 12345, socket.SOCK_STREAM)
show(socket.socket, socket.AF_INET, 12345)
show(socket.setdefaulttimeout, -5)
u = socket.socket(socket.AF_UNIX)
show(u.connect, "/no/such/socket/path")
show(u.bind, "x" * 200)
show(u.bind, 42)
u.close()

# name resolution without the network
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo("127.0.0.1", "80", type=socket.SOCK_DGRAM))
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo("::1", 443, socket.AF_INET6, socket.SOCK_STREAM)[0][4])
for args in [("1.2.3.4.5", 80, 0, 0, 0, socket.AI_NUMERICHOST), ("127.0.0.1", "nosuchservice", 0, socket.SOCK_STREAM),
             ("127.0.0.1", 80, 12345), ("127.0.0.1", [80]), (80, 80)]:
    try:
        socket.getaddrinfo(*args)
    except socket.gaierror as e:
        print("gaierror", e, e.errno, e.strerror, isinstance(e, OSError), type(e).__module__)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
print(socket.gethostbyname("127.0.0.1"), socket.gethostbyname("localhost"))
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getnameinfo(("::1", 8080, 0, 0), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(type(socket.gethostname()).__name__, len(socket.gethostname()) > 0)

# conversions
print(socket.inet_aton("10.0.0.1"), socket.inet_aton("127.1"), socket.inet_ntoa(b"\xc0\xa8\x01\x02"))
print(socket.inet_pton(socket.AF_INET, "1.2.3.4"), socket.inet_pton(socket.AF_INET6, "fe80::1"))
print(socket.inet_ntop(socket.AF_INET, b"\x01\x02\x03\x04"), socket.inet_ntop(socket.AF_INET6, b"\x20\x01\x0d\xb8" + b"\x00" * 11 + b"\x01"))
show(socket.inet_aton, "300.1.1.1")
show(socket.inet_ntoa, b"abc")
show(socket.inet_pton, socket.AF_INET, "1.2.3")
show(socket.inet_ntop, socket.AF_INET, b"12345")
show(socket.inet_ntop, socket.AF_INET6, b"1234")
print(socket.htons(0x1234), socket.ntohs(0x3412), socket.htonl(0x12345678), socket.ntohl(0x78563412))
show(socket.htons, 70000)
show(socket.htons, -1)
show(socket.htonl, 2 ** 33)
show(socket.htons, 1.5)

# constants and aliases
print(socket.AF_INET, socket.AF_INET6, socket.AF_UNIX, socket.SOCK_STREAM, socket.SOCK_DGRAM)
print(repr(socket.AF_INET6), repr(socket.SOCK_DGRAM), socket.AddressFamily(2), socket.SocketKind(2))
print(socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.IPPROTO_TCP, socket.TCP_NODELAY, socket.SHUT_RDWR, socket.SOMAXCONN)
print(socket.error is OSError, socket.timeout is TimeoutError, issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError))
print(socket.has_ipv6, socket.getdefaulttimeout())
