# SSLSocket.makefile in text mode (read and write through one file), a positive
# timeout (TimeoutError) and a non-blocking socket (SSLWantReadError) on the TLS layer,
# the end of the stream after the peer closes, and a closed socket.
import socket, ssl, threading
sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
sctx.load_cert_chain("ssl_certs/server.pem", "ssl_certs/server.key")
a, b = socket.socketpair()
def srv():
    with sctx.wrap_socket(b, server_side=True) as tls:
        f = tls.makefile("rw", encoding="utf-8", newline="")
        line = f.readline()
        f.write("echo: " + line)
        f.flush()
        print("server", repr(line))
        tls.settimeout(0.2)
        try:
            tls.recv(10)
        except TimeoutError as e:
            print("timeout", e)
        tls.setblocking(False)
        try:
            tls.recv(10)
        except ssl.SSLWantReadError as e:
            print(type(e).__name__, e.errno, str(e).split(" (_ssl")[0])
t = threading.Thread(target=srv); t.start()
ctx = ssl.create_default_context(cafile="ssl_certs/ca.pem")
tls = ctx.wrap_socket(a, server_hostname="localhost")
tls.sendall("héllo\r\n".encode())
echo = tls.recv(100).decode()
t.join()
print(echo)
print(repr(tls.recv(100)))
try:
    tls.recv(1)
except Exception as e:
    print(type(e).__name__, e)
tls.close()
try:
    tls.recv(1)
except Exception as e:
    print(type(e).__name__, e)
