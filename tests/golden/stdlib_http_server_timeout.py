# StreamRequestHandler.timeout: a client that sends nothing is dropped after it,
# with BaseHTTPRequestHandler's "Request timed out" log line.
import http.server, socket, threading, io, sys, re
class H(http.server.BaseHTTPRequestHandler):
    timeout = 0.2
    def log_message(self, format, *args):
        print('log:', format % args)
srv = http.server.HTTPServer(('127.0.0.1', 0), H)
t = threading.Thread(target=srv.serve_forever, args=(0.05,), daemon=True)
t.start()
with socket.create_connection(('127.0.0.1', srv.server_port)) as s:
    s.sendall(b'GET / HTT')
    print('closed by server:', s.recv(100))
with socket.create_connection(('127.0.0.1', srv.server_port)) as s:
    s.sendall(b'GET / HTTP/1.0\r\nHost: x\r\n')
    print('closed by server:', s.recv(100))
srv.shutdown()
t.join()
srv.server_close()
