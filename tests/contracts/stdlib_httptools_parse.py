# httptools (no CPython counterpart; expected output written by hand): the spec's examples, parse_url's dict and attributes, parse_headers, parse_request/parse_response, and the incremental HttpRequestParser/HttpResponseParser with protocol callbacks.
import httptools

url = "https://example.com:8080/path/to/resource?key=value&foo=bar"
parts = httptools.parse_url(url)
print(parts["scheme"], parts["host"], parts["port"], parts["path"], parts["query"])
print(parts)
print(parts.schema, parts.host, parts.port, parts.path, parts.query, parts.fragment, parts.userinfo)
for u in ["http://user:pw@[::1]:80/a#frag", "/only/path?x=1", "*", "http://h", "HTTP://H.example/p?",
          b"http://b.example:1/x", "ws://host:65535/"]:
    p = httptools.parse_url(u)
    print(repr(u), p["scheme"], p["host"], p["port"], p["path"], p["query"], p["fragment"], p["userinfo"])
for bad in ["", "no scheme", "http://", "http://h:99999/", "http://h:x/", "1http://h/", "http://[::1/"]:
    try:
        httptools.parse_url(bad)
    except httptools.HttpParserInvalidURLError as e:
        print(type(e).__name__, e, isinstance(e, httptools.HttpParserError))

print(httptools.quote("hello world"), httptools.quote_plus("hello world"),
      httptools.unquote("hello%20world"), httptools.unquote_plus("hello+world"))
print(httptools.parse_qs("name=Alice&age=30&city=NYC"))
print(httptools.parse_qs("a=1&a=2&b=&c=3", keep_blank_values=True))
print(httptools.urlencode({"name": "Bob", "age": "25"}))

print(httptools.parse_headers("""Content-Type: application/json
Authorization: Bearer token123
Content-Length: 42"""))
print(httptools.parse_headers(b"A: 1\r\nB:2 \r\n  folded\r\nA: 3\r\n\r\n"))
try:
    httptools.parse_headers("no colon here")
except httptools.HttpParserError as e:
    print("HttpParserError", e)

request = """GET /api/users?page=2 HTTP/1.1
Host: example.com
User-Agent: MyClient/1.0

"""
r = httptools.parse_request(request)
print(r["method"], r["path"], r["version"], r["query"], r["url"])
print(r)
print(httptools.parse_request(b"POST /p HTTP/1.0\r\nContent-Length: 3\r\n\r\nabcdef"))
print(httptools.parse_request(b"PUT /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n1\r\nc\r\n0\r\n\r\n")["body"])
response = """HTTP/1.1 200 OK
Content-Type: application/json
Content-Length: 13

{"ok": true}"""
r = httptools.parse_response(response)
print(r["status"], r["reason"], r["body"], r["complete"])
print(httptools.parse_response(b"HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\nmissing page"))
for bad, req in [("BREW /pot HTTP/1.1\r\n\r\n", True), ("HTTP/1.1 abc OK\r\n\r\n", False),
                 ("GET /x HTTP/1.1\r\nHost", True)]:
    try:
        (httptools.parse_request if req else httptools.parse_response)(bad)
    except httptools.HttpParserError as e:
        print(type(e).__name__, e)


class Protocol:
    def __init__(self):
        self.events = []

    def on_message_begin(self):
        self.events.append("begin")

    def on_url(self, url):
        self.events.append(url)

    def on_status(self, status):
        self.events.append(status)

    def on_header(self, name, value):
        self.events.append((name, value))

    def on_headers_complete(self):
        self.events.append("headers")

    def on_body(self, body):
        self.events.append(body)

    def on_message_complete(self):
        self.events.append("complete")


proto = Protocol()
parser = httptools.HttpRequestParser(proto)
data = b"POST /submit?x=1 HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\n\r\nbodyGET / HTTP/1.0\r\n\r\n"
for i in range(0, len(data), 7):
    parser.feed_data(data[i:i + 7])
print(proto.events)
print(parser.get_method(), parser.get_http_version(), parser.should_keep_alive(), parser.should_upgrade())

proto = Protocol()
parser = httptools.HttpResponseParser(proto)
parser.feed_data(b"HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")
print(proto.events, parser.get_status_code())


class Upgrading:
    def on_headers_complete(self):
        print("upgrade headers")


parser = httptools.HttpRequestParser(Upgrading())
try:
    parser.feed_data(b"GET /ws HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\nrest")
except httptools.HttpParserUpgrade as e:
    print("HttpParserUpgrade", e.args, parser.should_upgrade())


class Failing:
    def on_url(self, url):
        raise KeyError(url)


try:
    httptools.HttpRequestParser(Failing()).feed_data(b"GET /k HTTP/1.1\r\n\r\n")
except httptools.HttpParserCallbackError as e:
    print(type(e).__name__, e, repr(e.__context__))
try:
    httptools.HttpRequestParser(Protocol()).feed_data(b"\x00\x01 nonsense\r\n")
except httptools.HttpParserError as e:
    print(type(e).__name__, e)
