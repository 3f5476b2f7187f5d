# xmlrpc.client without a network: dumps's XML for every type (byte for byte with
# CPython), loads back, the extension types, faults, errors, DateTime and Binary, escape,
# MultiCallIterator and the exception reprs.
import xmlrpc.client as xc
from datetime import datetime
import time


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


values = (1, -7, 2**31 - 1, -2**31, True, False, 0.1, -2.5e300, 1e16, float("inf"), "", "plain",
          "a<b>&c \"q\" 'z'", "caf\u00e9 \u2603", b"", b"\x00\x01binary\xff" * 7, bytearray(b"ba"),
          [], [1, "two", [3.0]], (4, 5), {}, {"b": 1, "a": [True], "<k>": {"n": "v"}},
          xc.Binary(b"wrapped"), xc.DateTime("20240102T03:04:05"), datetime(2023, 12, 31, 23, 59, 58, 999),
          datetime(5, 1, 1), Point(1, "p"))
xml = xc.dumps(values)
print(xml)
back, name = xc.loads(xml)
print(name, back[:14], [b.data for b in back[14:17]], back[17:22])
print(back[22].data, back[23].value, back[24].value, back[25].value, back[26])
print(xc.loads(xml, use_builtin_types=True)[0][14:17], xc.loads(xml, use_builtin_types=True)[0][22:26])
print(xc.loads(xml, use_datetime=True)[0][23:26])

print(xc.dumps((None, [None]), allow_none=True))
print(xc.dumps((1,), "ns.method"))
print(xc.dumps(("r",), methodresponse=True))
print(xc.dumps(("x",), "m", encoding="iso-8859-1"))
print(xc.dumps(xc.Fault(42, "bad <thing>")))
print(xc.dumps((), "noargs"))
print(xc.loads(xc.dumps(("x",), "m", encoding="iso-8859-1")))

for bad in [(None,), (2**31,), (-2**31 - 1,), ({1: 2},), (object(),), (1j,), (xc.MAXINT + 1,)]:
    err(xc.dumps, bad)
rec = [1]
rec.append(rec)
err(xc.dumps, (rec,))
d = {}
d["self"] = d
err(xc.dumps, (d,))
err(xc.dumps, [1])
err(xc.dumps, (1, 2), methodresponse=True)

# loads: extensions, untyped values, namespaces, faults, bad documents
doc = """<?xml version='1.0'?>
<methodResponse><params>
<param><value>untyped  text</value></param>
<param><value><i1>1</i1></value></param><param><value><i2>2</i2></value></param>
<param><value><i4>4</i4></value></param><param><value><i8>8000000000</i8></value></param>
<param><value><biginteger>123456789012345678901234567890</biginteger></value></param>
<param><value><float>1.5</float></value></param>
<param><value><bigdecimal>3.14159</bigdecimal></value></param>
<param><value><nil/></value></param>
<param><value><ex:nil xmlns:ex="http://ws.apache.org/xmlrpc/namespaces/extensions"/></value></param>
<param><value><ex:i8 xmlns:ex="http://ws.apache.org/xmlrpc/namespaces/extensions">9</ex:i8></value></param>
<param><value><string>a &amp; b &lt;c&gt;</string></value></param>
<param><value><struct><member><name>k</name><value>v</value></member></struct></value></param>
<param><value><array><data><value><int>1</int></value><value><boolean>1</boolean></value></data></array></value></param>
<param><value><dateTime.iso8601> 20200229T12:00:00 </dateTime.iso8601></value></param>
<param><value><base64>aGVsbG8=</base64></value></param>
</params></methodResponse>"""
vals, name = xc.loads(doc)
print(name, vals[:14], vals[14].value, vals[15].data, type(vals[7]).__name__)
print(xc.loads(doc.encode())[0][:3])
print(xc.loads("<methodResponse><params><param><value><ex:nil/></value></param>"
               "<param><value><x:int>5</x:int></value></param></params></methodResponse>"))
print(xc.loads("<methodCall><methodName>a.b</methodName><params></params></methodCall>"))
print(xc.loads("<methodCall><methodName>nothing</methodName></methodCall>"))
fault_doc = xc.dumps(xc.Fault(7, "broken"))
try:
    xc.loads(fault_doc)
except xc.Fault as f:
    print("Fault", f.faultCode, f.faultString, repr(f), str(f), f.args, isinstance(f, xc.Error))
err(xc.loads, "<methodResponse><params><param><value><boolean>2</boolean></value></param></params></methodResponse>")
err(xc.loads, "<methodResponse><params><param><value><bogus>1</bogus></value></param></params></methodResponse>")
err(xc.loads, "<methodResponse><params><param><value><int>x</int></value></param></params></methodResponse>")
err(xc.loads, "<methodResponse></methodResponse>")
err(xc.loads, "<methodResponse><params><param><value><array><data>")
err(xc.loads, "<methodResponse><params></param></methodResponse>")
err(xc.loads, "not xml at all")
err(xc.loads, "")
try:
    xc.loads("<a><b></a>")
except Exception as e:
    print(type(e).__module__, type(e).__name__, e, e.code, e.lineno, e.offset)

# DateTime and Binary
dt = xc.DateTime("20240102T03:04:05")
print(str(dt), dt == "20240102T03:04:05", dt == datetime(2024, 1, 2, 3, 4, 5), dt < xc.DateTime("20250101T00:00:00"),
      dt >= "20240102T03:04:05", dt > datetime(2024, 1, 1), dt <= dt, dt.timetuple()[:6])
print(dt == 5, dt != 5)
print(xc.DateTime(datetime(1999, 12, 31, 23, 59, 59)).value, xc.DateTime((2001, 2, 3, 4, 5, 6, 0, 0, 0)).value,
      xc.DateTime(time.struct_time((2002, 3, 4, 5, 6, 7, 0, 0, 0))).value)
err(lambda: dt < 5)
b = xc.Binary(b"\x00abc")
print(b.data, repr(str(b)), b == b"\x00abc", b == xc.Binary(b"\x00abc"), b == b"x", xc.Binary().data)
err(xc.Binary, "text")
err(xc.Binary, 5)
print(xc.escape("<a href='x'>&amp;</a>"))
print(xc.boolean is bool, xc.Boolean(1), xc.MAXINT, xc.MININT, xc.PARSE_ERROR, xc.METHOD_NOT_FOUND,
      xc.INVALID_METHOD_PARAMS, xc.INTERNAL_ERROR, xc.SERVER_ERROR, xc.TRANSPORT_ERROR)

# errors and helpers
pe = xc.ProtocolError("host/RPC2", 404, "Not Found", {"a": "b"})
print(repr(pe), str(pe), pe.url, pe.errcode, pe.errmsg, pe.headers, pe.args)
print(repr(xc.ResponseError()), str(xc.ResponseError("x")), repr(xc.Fault(1, "x", extra=2)))
it = xc.MultiCallIterator([[1], {"faultCode": 3, "faultString": "no"}, "odd"])
print(it[0])
err(lambda: it[1])
err(lambda: it[2])
err(lambda: it[3])
print(list(xc.MultiCallIterator([[1], [[2]], ["x"]])))
print(xc.gzip_decode(xc.gzip_encode(b"squeeze me" * 10)))
err(xc.gzip_decode, b"not gzip")
err(xc.gzip_decode, xc.gzip_encode(b"x" * 100), max_decode=10)
print(len(xc.gzip_decode(xc.gzip_encode(b"x" * 100), max_decode=-1)))
p, u = xc.getparser()
p.feed("<methodResponse><params><param><value><int>")
p.feed("42</int></value></param></params></methodResponse>")
p.close()
print(u.close(), u.getmethodname())
m = xc.Marshaller(allow_none=True)
print(repr(m.dumps([None, 1])))
