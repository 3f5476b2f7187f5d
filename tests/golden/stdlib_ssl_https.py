# https and STARTTLS through the ssl module: an http.server and an SMTP-like server
# on 127.0.0.1 wrapped with the test certificates (ssl_certs/), reached by
# http.client.HTTPSConnection, urllib.request with a context, xmlrpc.client and smtplib
# (starttls and SMTP_SSL); failures of verification surface as each client words them.
import http.client
import http.server
import smtplib
import socket
import ssl
import threading
import urllib.error
import urllib.request
import xmlrpc.client
from xmlrpc.server import SimpleXMLRPCServer, SimpleXMLRPCRequestHandler

CA = "ssl_certs/ca.pem"
server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_ctx.load_cert_chain("ssl_certs/server.pem", "ssl_certs/server.key")
client_ctx = ssl.create_default_context(cafile=CA)


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        body = ("path=%s tls=%s\n" % (self.path, self.connection.version())).encode()
        self.send_response(200 if self.path != "/missing" else 404)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        data = self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data[::-1])

    def log_message(self, *args):
        pass


httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
httpd.socket = server_ctx.wrap_socket(httpd.socket, server_side=True)
port = httpd.server_address[1]
t = threading.Thread(target=httpd.serve_forever)
t.start()

conn = http.client.HTTPSConnection("localhost", port, context=client_ctx)
conn.request("GET", "/hello")
r = conn.getresponse()
print(r.status, r.reason, r.getheader("Content-Type"), r.read())
conn.request("POST", "/echo", body=b"keep-alive body")
r = conn.getresponse()
print(r.status, r.read(), conn.sock.version(), conn.sock.cipher()[1])
conn.close()

with urllib.request.urlopen("https://localhost:%d/url?x=1" % port, context=client_ctx) as f:
    print(f.status, f.read(), f.geturl().endswith("/url?x=1"))
with urllib.request.urlopen("https://127.0.0.1:%d/ip" % port, data=b"posted", context=client_ctx) as f:
    print(f.read())
try:
    urllib.request.urlopen("https://localhost:%d/missing" % port, context=client_ctx)
except urllib.error.HTTPError as e:
    print("HTTPError", e.code, e.read())
try:
    urllib.request.urlopen("https://localhost:%d/" % port, context=ssl.create_default_context())
except urllib.error.URLError as e:
    print(type(e.reason).__name__, e.reason.verify_message)
unverified = ssl._create_unverified_context()
with urllib.request.urlopen("https://localhost:%d/unverified" % port, context=unverified) as f:
    print(f.read())
try:
    http.client.HTTPSConnection("localhost", port, context=unverified, check_hostname=True)
except ValueError as e:
    print(e)
httpd.shutdown()
t.join()
httpd.server_close()


class RPCHandler(SimpleXMLRPCRequestHandler):
    def log_message(self, *args):
        pass


rpc = SimpleXMLRPCServer(("127.0.0.1", 0), requestHandler=RPCHandler, logRequests=False)
rpc.socket = server_ctx.wrap_socket(rpc.socket, server_side=True)
rpc.register_function(lambda a, b: a + b, "add")
t = threading.Thread(target=rpc.serve_forever)
t.start()
proxy = xmlrpc.client.ServerProxy("https://localhost:%d/RPC2" % rpc.server_address[1], context=client_ctx)
print(proxy.add(2, 3), proxy.add("tls ", "rpc"))
proxy("close")()
rpc.shutdown()
t.join()
rpc.server_close()


def smtp_server(lsock, implicit_tls, log):
    """One SMTP session: STARTTLS upgrades the connection (or TLS from the start)."""
    conn, _ = lsock.accept()
    if implicit_tls:
        conn = server_ctx.wrap_socket(conn, server_side=True)
    f = conn.makefile("rb")
    conn.sendall(b"220 test ESMTP\r\n")
    while True:
        line = f.readline()
        if not line:
            break
        cmd = line.strip().decode()
        log.append(cmd)
        verb = cmd.split(" ")[0].upper()
        if verb == "EHLO":
            tls = isinstance(conn, ssl.SSLSocket)
            conn.sendall(b"250-test\r\n250-SIZE 1000\r\n" + (b"250 AUTH PLAIN\r\n" if tls else b"250 STARTTLS\r\n"))
        elif verb == "STARTTLS":
            conn.sendall(b"220 go ahead\r\n")
            f.close()
            conn = server_ctx.wrap_socket(conn, server_side=True)
            log.append(conn.version())
            f = conn.makefile("rb")
        elif verb == "DATA":
            conn.sendall(b"354 go\r\n")
            while f.readline() != b".\r\n":
                pass
            conn.sendall(b"250 queued\r\n")
        elif verb == "QUIT":
            conn.sendall(b"221 bye\r\n")
            break
        else:
            conn.sendall(b"250 ok\r\n")
    f.close()
    conn.close()
    lsock.close()


for implicit in (False, True):
    lsock = socket.socket()
    lsock.bind(("127.0.0.1", 0))
    lsock.listen()
    log = []
    t = threading.Thread(target=smtp_server, args=(lsock, implicit, log))
    t.start()
    if implicit:
        s = smtplib.SMTP_SSL("localhost", lsock.getsockname()[1], "client.test", context=client_ctx)
        print(s.ehlo())
    else:
        s = smtplib.SMTP("localhost", lsock.getsockname()[1], "client.test")
        print(s.ehlo()[0], s.has_extn("starttls"))
        print(s.starttls(context=client_ctx))
        print(s.has_extn("starttls"), s.ehlo()[0], s.has_extn("auth"), s.sock.version())
    print(s.sendmail("a@example.org", ["b@example.org"], "Subject: hi\r\n\r\nover tls\r\n"))
    print(s.quit())
    t.join()
    print(log)

try:
    smtplib.SMTP_SSL(context=client_ctx, keyfile="k")
except ValueError as e:
    print(e)
