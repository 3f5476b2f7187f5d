# http.server.test(), the body of `python -m http.server`: serves until Ctrl-C
# (here a KeyboardInterrupt raised by the loop), prints CPython's lines, exits 0.
import contextlib, io, os, re, tempfile
import http.server

root = tempfile.mkdtemp()
os.mkdir(os.path.join(root, 'public'))

class Public(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=os.path.join(root, 'public'), **kwargs)

class StopAtOnce(http.server.ThreadingHTTPServer):
    def service_actions(self):
        raise KeyboardInterrupt

out = io.StringIO()
try:
    with contextlib.redirect_stdout(out):
        http.server.test(HandlerClass=Public, ServerClass=StopAtOnce, port=0,
                         bind='127.0.0.1', protocol='HTTP/1.1')
except SystemExit as e:
    print('SystemExit', e.code)
print(re.sub(r'\d{4,5}', 'PORT', out.getvalue()))
print(Public.protocol_version, StopAtOnce.address_family)
os.rmdir(os.path.join(root, 'public'))
os.rmdir(root)
