# ssl over 127.0.0.1: a TLS server in a thread (certificates from ssl_certs/, made
# once with openssl: a test CA and a server certificate for localhost/127.0.0.1),
# clients that trust the CA or not, and what each side sees.
import socket
import ssl
import threading

CA = "ssl_certs/ca.pem"
CERT = "ssl_certs/server.pem"
KEY = "ssl_certs/server.key"
SELF_CERT = "ssl_certs/selfsigned.pem"
SELF_KEY = "ssl_certs/selfsigned.key"


def serve(certfile, keyfile, handler, count=1, **opts):
    """Listen on 127.0.0.1, accept `count` TLS connections in a thread, call handler."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(certfile, keyfile)
    for name, value in opts.items():
        setattr(ctx, name, value)
    lsock = socket.socket()
    lsock.bind(("127.0.0.1", 0))
    lsock.listen()
    results = []

    def run():
        for _ in range(count):
            conn, _addr = lsock.accept()
            try:
                with ctx.wrap_socket(conn, server_side=True) as tls:
                    results.append(handler(tls))
            except (ssl.SSLError, OSError) as e:
                results.append("server: %s: %s" % (type(e).__name__, e))
        lsock.close()

    t = threading.Thread(target=run)
    t.start()
    return lsock.getsockname()[1], t, results


def echo(tls):
    data = tls.recv(1024)
    tls.sendall(data.upper())
    return ("server got", data, tls.version(), tls.getpeercert())


def client_ctx():
    ctx = ssl.create_default_context(cafile=CA)
    return ctx


print(ssl.PROTOCOL_TLS_CLIENT, ssl.CERT_REQUIRED, ssl.TLSVersion.TLSv1_3, ssl.HAS_SNI, ssl.HAS_ALPN)
print(ssl.OPENSSL_VERSION.startswith("OpenSSL"), type(ssl.OPENSSL_VERSION_NUMBER).__name__)

port, t, results = serve(CERT, KEY, echo)
ctx = client_ctx()
print(ctx.verify_mode, ctx.check_hostname, ctx.protocol)
with socket.create_connection(("127.0.0.1", port)) as raw:
    with ctx.wrap_socket(raw, server_hostname="localhost") as tls:
        print(tls.version(), tls.server_hostname, tls.server_side)
        name, proto, bits = tls.cipher()
        print(proto, type(name).__name__, type(bits).__name__)
        cert = tls.getpeercert()
        print(sorted(cert))
        print(cert["subject"])
        print(cert["issuer"])
        print(cert["subjectAltName"], cert["serialNumber"], cert["version"])
        print(cert["notAfter"])
        der = tls.getpeercert(binary_form=True)
        print(type(der).__name__, der[:1], ssl.DER_cert_to_PEM_cert(der) == open(CERT).read())
        print(ssl.PEM_cert_to_DER_cert(open(CERT).read()) == der)
        tls.sendall(b"hello tls")
        print(tls.recv(1024))
        print(tls.pending(), tls.selected_alpn_protocol())
t.join()
print(results)

# untrusted: a self-signed server certificate, and a CA-signed one the client does not know
for certfile, keyfile in ((SELF_CERT, SELF_KEY), (CERT, KEY)):
    port, t, results = serve(certfile, keyfile, echo)
    with socket.create_connection(("127.0.0.1", port)) as raw:
        try:
            ssl.create_default_context().wrap_socket(raw, server_hostname="localhost")
        except ssl.SSLCertVerificationError as e:
            print(type(e).__name__, isinstance(e, ssl.SSLError), isinstance(e, ValueError))
            print(e)
            print(e.verify_code, e.verify_message, e.library, e.reason, e.errno)
    t.join()
    print([r.split(" (_ssl")[0] for r in results])

# hostname mismatch, and an IP address
for host in ("example.org", "127.0.0.2"):
    port, t, results = serve(CERT, KEY, echo)
    with socket.create_connection(("127.0.0.1", port)) as raw:
        try:
            client_ctx().wrap_socket(raw, server_hostname=host)
        except ssl.SSLCertVerificationError as e:
            print(e)
            print(e.verify_code, e.verify_message)
    t.join()

# without verification
port, t, results = serve(SELF_CERT, SELF_KEY, echo)
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
with ctx.wrap_socket(socket.create_connection(("127.0.0.1", port))) as tls:
    print(tls.getpeercert(), len(tls.getpeercert(True)) > 100)
    tls.send(b"unverified")
    print(tls.recv(100))
t.join()

# versions: a client that stops at TLS 1.2 against a server that starts at 1.3
port, t, results = serve(CERT, KEY, echo, minimum_version=ssl.TLSVersion.TLSv1_3)
ctx = client_ctx()
ctx.maximum_version = ssl.TLSVersion.TLSv1_2
print(ctx.minimum_version, ctx.maximum_version)
with socket.create_connection(("127.0.0.1", port)) as raw:
    try:
        ctx.wrap_socket(raw, server_hostname="localhost")
    except ssl.SSLError as e:
        print(type(e).__name__, str(e).split(" (_ssl")[0], e.library, e.reason)
t.join()
print([r.split(" (_ssl")[0] for r in results])

# TLS 1.2, ALPN, makefile, read/write and unwrap
def talk(tls):
    f = tls.makefile("rb")
    line = f.readline()
    f.close()
    tls.write(b"got " + line)
    out = tls.read(5)
    plain = tls.unwrap()
    plain.sendall(b"plain after unwrap")
    plain.close()
    return (line, out, tls.selected_alpn_protocol(), tls.version())

port, t, results = serve(CERT, KEY, talk, maximum_version=ssl.TLSVersion.TLSv1_2)
ctx = client_ctx()
ctx.set_alpn_protocols(["h2", "http/1.1"])
t_ctx_server = None
with socket.create_connection(("127.0.0.1", port)) as raw:
    tls = ctx.wrap_socket(raw, server_hostname="localhost", do_handshake_on_connect=False)
    tls.do_handshake()
    print(tls.version(), tls.selected_alpn_protocol())
    tls.sendall(b"line one\nrest")
    buf = bytearray(20)
    n = tls.recv_into(buf)
    print(n, bytes(buf[:n]))
    plain = tls.unwrap()
    print(type(plain).__name__, plain.recv(100))
t.join()
print(results)

# errors of the API
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
for bad in (lambda: setattr(ctx, "verify_mode", ssl.CERT_NONE),
            lambda: ctx.load_cert_chain("ssl_certs/missing.pem"),
            lambda: ctx.load_verify_locations(),
            lambda: ctx.load_verify_locations(cadata="not a cert"),
            lambda: ctx.set_ciphers("NOPE"),
            lambda: ctx.wrap_socket(socket.socket(), server_side=True, server_hostname="x"),
            lambda: ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).wrap_socket(socket.socket()),
            lambda: ctx.load_cert_chain(CA)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, str(e).split(" (_ssl")[0])
ctx.load_verify_locations(cadata=open(CA).read())
print(ctx.cert_store_stats(), [c["subject"] for c in ctx.get_ca_certs()])
print(ssl.cert_time_to_seconds("Jan  5 09:34:43 2018 GMT"))
try:
    ssl.cert_time_to_seconds("not a time")
except ValueError as e:
    print(e)
print(type(ssl.get_default_verify_paths()).__name__, ssl.get_default_verify_paths()._fields)
print(ssl.Purpose.SERVER_AUTH, ssl.Purpose.SERVER_AUTH.oid)
sctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
print(sctx.protocol, sctx.verify_mode, sctx.check_hostname)
print(ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).options & ssl.OP_NO_COMPRESSION == ssl.OP_NO_COMPRESSION)
print(ssl.SSLZeroReturnError.__mro__[1].__name__, ssl.SSLWantReadError.__mro__[1].__name__, ssl.SSLEOFError.__bases__)
for t in ("May  9 00:00:00 2007 GMT", "jan 31 23:59:60 2000 GMT", "Feb 30 01:02:03 2020 GMT x", "Feb 3 1:2:3 2020"):
    try:
        print(ssl.cert_time_to_seconds(t))
    except ValueError as e:
        print(e)
print(ssl.DER_cert_to_PEM_cert(b"\x01\x02" * 40))
for pem in ("nope", ssl.PEM_HEADER + "\nAAAA\n"):
    try:
        ssl.PEM_cert_to_DER_cert(pem)
    except ValueError as e:
        print(e)
try:
    ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).wrap_socket(socket.socket(), server_hostname=".x")
except UnicodeError as e:
    print(type(e).__name__, e)
print(str(ssl.SSLError(1, "text")), str(ssl.SSLError("only")), hasattr(ssl.SSLError(1, "t"), "library"))
