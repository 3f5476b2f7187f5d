# xmlrpc.server and ServerProxy over 127.0.0.1: a SimpleXMLRPCServer in a thread with
# functions, an instance (dotted names), introspection and multicall; the client calls
# them, gets faults, protocol errors, gzip replies, and shuts the server down.
import threading
import xmlrpc.client
import xmlrpc.server
from xmlrpc.server import SimpleXMLRPCServer, SimpleXMLRPCRequestHandler
import http.client


class Handler(SimpleXMLRPCRequestHandler):
    rpc_paths = ("/RPC2", "/api")


server = SimpleXMLRPCServer(("127.0.0.1", 0), requestHandler=Handler, logRequests=False, allow_none=True)
port = server.server_address[1]


def add(a, b):
    """Add two values.

    Works on numbers and strings."""
    return a + b


@server.register_function(name="math.div")
def div(a, b):
    return a / b


@server.register_function
def echo(*args):
    return list(args)


def fail(code, text):
    raise xmlrpc.client.Fault(code, text)


class Calc:
    class inner:
        @staticmethod
        def triple(x):
            return 3 * x

    def square(self, x):
        "Square a number."
        return x * x

    def _secret(self):
        return "hidden"

    def nothing(self):
        return None


server.register_function(add)
server.register_function(fail)
server.register_function(lambda: "anon", "anonymous")
server.register_function(None and add, "disabled")
server.register_instance(Calc(), allow_dotted_names=True)
server.register_introspection_functions()
server.register_multicall_functions()
thread = threading.Thread(target=server.serve_forever)
thread.start()


def call(f, *a):
    try:
        print("ok", repr(f(*a)))
    except xmlrpc.client.Fault as e:
        print("Fault", e.faultCode, repr(e.faultString))
    except Exception as e:
        print(type(e).__name__ + ":", e)


url = "http://127.0.0.1:%d/RPC2" % port
with xmlrpc.client.ServerProxy(url, allow_none=True) as proxy:
    print(repr(proxy).replace(str(port), "PORT"))
    call(proxy.add, 2, 3)
    call(proxy.add, "a", "b")
    call(proxy.add, [1], [2, 3])
    r = proxy.echo(1, 2.5, True, None, {"k": [b"bytes"]}, xmlrpc.client.Binary(b"bin"))
    print(r[:4], type(r[4]["k"][0]).__name__, r[4]["k"][0].data, r[5].data)
    call(proxy.echo)
    call(proxy.math.div, 7, 2)
    call(proxy.math.div, 1, 0)
    call(proxy.anonymous)
    call(proxy.square, 12)
    call(proxy.inner.triple, 5)
    call(proxy.nothing)
    call(proxy._secret)
    call(proxy.missing)
    call(proxy.disabled)
    call(proxy.fail, 99, "custom <fault>")
    call(proxy.add, 1)
    call(proxy.add, 1, "x")
    call(proxy.echo, "caf\u00e9 \u2603")
    call(proxy.echo, "x" * 2000)
    call(proxy.system.listMethods)
    call(proxy.system.methodHelp, "add")
    call(proxy.system.methodHelp, "square")
    call(proxy.system.methodHelp, "math.div")
    call(proxy.system.methodHelp, "nope")
    call(proxy.system.methodSignature, "add")
    multi = xmlrpc.client.MultiCall(proxy)
    multi.add(1, 2)
    multi.math.div(1, 0)
    multi.fail(5, "five")
    multi.square(4)
    results = multi()
    for i in range(4):
        call(lambda: results[i])
    print(list(xmlrpc.client.MultiCall(proxy)()))
    call(proxy.echo, 2**40)
    print(proxy("transport").user_agent.startswith("Python-xmlrpc/"))
    call(proxy, "nothing")

bad = xmlrpc.client.ServerProxy("http://127.0.0.1:%d/nowhere" % port)
try:
    bad.add(1, 2)
except xmlrpc.client.ProtocolError as e:
    print("ProtocolError", repr(e).replace(str(port), "PORT"), e.errcode, e.errmsg, e.headers["Content-length"],
          e.url.replace(str(port), "PORT"))
bad("close")()
call(xmlrpc.client.ServerProxy("http://127.0.0.1:%d/api" % port).add, 40, 2)
call(xmlrpc.client.ServerProxy("http://127.0.0.1:%d/api" % port, use_builtin_types=True).echo,
     xmlrpc.client.Binary(b"raw"))
call(xmlrpc.client.ServerProxy, "ftp://host/")
print(repr(xmlrpc.client.ServerProxy("http://user:pw@example.com")))
print(repr(xmlrpc.client.ServerProxy("http://example.com:8080/path?q=1")))

# the HTTP side: GET is not allowed, a POST to another path is 404, bad XML a fault
conn = http.client.HTTPConnection("127.0.0.1", port)
conn.request("GET", "/RPC2")
r = conn.getresponse()
print(r.status, r.reason)
r.read()
conn.request("POST", "/RPC2", body=b"<not xml", headers={"Content-Type": "text/xml"})
r = conn.getresponse()
print(r.status, r.getheader("Content-type"))
print(r.read().decode())
conn.request("POST", "/RPC2", body=b"x", headers={"Content-Encoding": "br"})
r = conn.getresponse()
print(r.status, r.reason)
r.read()
conn.close()

# the dispatcher alone
d = xmlrpc.server.SimpleXMLRPCDispatcher()
d.register_function(pow)
print(d._marshaled_dispatch(xmlrpc.client.dumps((2, 10), "pow")).decode())
print(d._marshaled_dispatch(xmlrpc.client.dumps((None,), "pow", allow_none=True)).decode())
print(xmlrpc.server.resolve_dotted_attribute(Calc(), "inner.triple")(2))
call(xmlrpc.server.resolve_dotted_attribute, Calc(), "_secret")
call(xmlrpc.server.resolve_dotted_attribute, Calc(), "inner.triple", False)
print(xmlrpc.server.list_public_methods(Calc()))

server.shutdown()
server.server_close()
thread.join()

# one server, a dispatcher per path
multi_server = xmlrpc.server.MultiPathXMLRPCServer(("127.0.0.1", 0), logRequests=False,
                                                    requestHandler=Handler)
multi_port = multi_server.server_address[1]
for path, factor in [("/RPC2", 2), ("/api", 10)]:
    disp = multi_server.add_dispatcher(path, xmlrpc.server.SimpleXMLRPCDispatcher())
    disp.register_function(lambda x, factor=factor: x * factor, "scale")
print(type(multi_server.get_dispatcher("/api")).__name__)
thread = threading.Thread(target=multi_server.serve_forever)
thread.start()
for path in ["/RPC2", "/api"]:
    call(xmlrpc.client.ServerProxy("http://127.0.0.1:%d%s" % (multi_port, path)).scale, 3)
call(xmlrpc.client.ServerProxy("http://127.0.0.1:%d/api" % multi_port).other, 3)
multi_server.shutdown()
multi_server.server_close()
thread.join()

# CGI
import sys
cgi = xmlrpc.server.CGIXMLRPCRequestHandler()
cgi.register_function(len)
sys.stdout.flush()
cgi.handle_request(xmlrpc.client.dumps(("four",), "len"))
print("done")
