# SimpleHTTPRequestHandler with names that need quoting and escaping in listings
# and URLs (spaces, &, <, %, non-ASCII), and a request for an undecodable name.
import http.server, http.client, threading, tempfile, os, functools
d = tempfile.mkdtemp()
for name in ['sp ace&<x>.txt', 'pct%41.txt', '\u00fcn\u00ef', 'q"uote\'s.txt', '#hash?.txt']:
    with open(os.path.join(d, name), 'wb') as f:
        f.write(name.encode())
class H(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a):
        pass
srv = http.server.HTTPServer(('127.0.0.1', 0), functools.partial(H, directory=d))
t = threading.Thread(target=srv.serve_forever, args=(0.05,), daemon=True)
t.start()
for path in ['/', '/pct%2541.txt', '/%C3%BCn%C3%AF', '/sp%20ace%26%3Cx%3E.txt',
             '/%ED%B3%BF.txt', '/q%22uote%27s.txt', '/%23hash%3F.txt', '/%3Cscript%3E/']:
    c = http.client.HTTPConnection('127.0.0.1', srv.server_port)
    c.request('GET', path)
    r = c.getresponse()
    print(path, r.status, r.reason)
    print(r.read().decode())
    c.close()
srv.shutdown()
t.join()
srv.server_close()
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
