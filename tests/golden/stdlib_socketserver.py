import socketserver, socket, threading, sys, os

class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            if line.strip() == b'boom':
                raise RuntimeError('handler failed')
            self.wfile.write(b'echo: ' + line.upper())

class Up(socketserver.DatagramRequestHandler):
    def handle(self):
        data = self.rfile.read()
        self.wfile.write(data[::-1])

def talk(addr, lines):
    with socket.create_connection(addr) as c:
        f = c.makefile('rb')
        out = []
        for l in lines:
            c.sendall(l + b'\n')
            out.append(f.readline())
        c.shutdown(socket.SHUT_WR)
        out.append(f.read())
        f.close()
        return out

for cls in (socketserver.TCPServer, socketserver.ThreadingTCPServer) + ((socketserver.ForkingTCPServer,) if hasattr(os, 'fork') else ()):
    with cls(('127.0.0.1', 0), Echo) as srv:
        print(cls.__name__, srv.server_address[0], srv.server_address[1] > 0, srv.allow_reuse_address, srv.request_queue_size, srv.socket.type == socket.SOCK_STREAM)
        t = threading.Thread(target=srv.serve_forever, kwargs={'poll_interval': 0.05})
        t.start()
        print(talk(srv.server_address, [b'hello', b'world']))
        print(talk(srv.server_address, [b'again']))
        srv.shutdown()
        t.join()
        print('stopped', t.is_alive())
    print(srv.socket.fileno())

# handle_request with a timeout
class Timed(socketserver.TCPServer):
    timeout = 0.05
    def handle_timeout(self):
        print('timed out')
with Timed(('127.0.0.1', 0), Echo) as srv:
    srv.handle_request()

# handle_error: exception inside handler, server keeps serving
class Quiet(socketserver.ThreadingTCPServer):
    daemon_threads = False
    def handle_error(self, request, client_address):
        print('handle_error', sys.exc_info()[0].__name__, sys.exc_info()[1])
with Quiet(('127.0.0.1', 0), Echo) as srv:
    t = threading.Thread(target=srv.serve_forever, args=(0.05,)); t.start()
    print(talk(srv.server_address, [b'boom']))
    print(talk(srv.server_address, [b'fine']))
    srv.shutdown(); t.join()

# verify_request False drops the connection
class Picky(socketserver.TCPServer):
    allow_reuse_address = True
    def verify_request(self, request, client_address):
        return False
with Picky(('127.0.0.1', 0), Echo) as srv:
    t = threading.Thread(target=srv.serve_forever, args=(0.05,)); t.start()
    with socket.create_connection(srv.server_address) as c:
        print('picky', c.recv(100))
    srv.shutdown(); t.join()

for cls in (socketserver.UDPServer, socketserver.ThreadingUDPServer):
    with cls(('127.0.0.1', 0), Up) as srv:
        t = threading.Thread(target=srv.serve_forever, args=(0.05,)); t.start()
        c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        c.sendto(b'abcdef', srv.server_address)
        print(cls.__name__, c.recvfrom(100)[0])
        c.close()
        srv.shutdown(); t.join()

# bind_and_activate=False, then by hand
srv = socketserver.TCPServer(('127.0.0.1', 0), Echo, bind_and_activate=False)
print(srv.server_address)
srv.allow_reuse_address = True
srv.server_bind(); srv.server_activate()
print(srv.server_address[1] > 0)
srv.server_close()

# binding a taken port
a = socketserver.TCPServer(('127.0.0.1', 0), Echo)
try:
    socketserver.TCPServer(a.server_address, Echo)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
a.server_close()

# base handler order
class Order(socketserver.BaseRequestHandler):
    def setup(self): print('setup', self.request, self.client_address, type(self.server).__name__)
    def handle(self): print('handle'); raise ValueError('x')
    def finish(self): print('finish')
try:
    Order('req', ('h', 1), srv)
except ValueError as e:
    print('ValueError', e)
print(sorted(socketserver.__all__))
print(issubclass(socketserver.ThreadingTCPServer, socketserver.TCPServer), socketserver.ThreadingTCPServer.__mro__[1].__name__)

# unix stream server
import tempfile
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'sock')
    with socketserver.ThreadingUnixStreamServer(path, Echo) as srv:
        print(srv.server_address == path)
        t = threading.Thread(target=srv.serve_forever, args=(0.05,)); t.start()
        with socket.socket(socket.AF_UNIX) as c:
            c.connect(path); c.sendall(b'unix\n'); c.shutdown(socket.SHUT_WR)
            print(c.recv(100))
        srv.shutdown(); t.join()
