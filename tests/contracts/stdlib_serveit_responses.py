# serveit's response objects, status codes, media types, to_response and run()'s option checks (no CPython counterpart; expected output written by hand from the spec and docs/modules/serveit.md).
import serveit


def show(r):
    print(type(r).__name__, r.status_code, r.status, r.headers, r.body, repr(r))


show(serveit.Response(404, "Not Found"))
show(serveit.Response(status=200, body="Plain text response"))
show(serveit.Response(200, b"\x00\x01", {"X-A": "1"}, media_type="application/octet-stream"))
show(serveit.Response(204))
show(serveit.Response(200, "x", headers={"Content-Type": "text/csv"}))
show(serveit.HTMLResponse("<h1>Hello World</h1>", status=200))
show(serveit.HTMLResponse("<p>é</p>", status=201, headers={"x-b": "2"}))
show(serveit.JSONResponse({"key": "value", "data": [1, 2, 3]}, status=200))
show(serveit.JSONResponse(["é", None, True, 1.5]))
show(serveit.PlainTextResponse("plain"))
show(serveit.RedirectResponse("/new-location", status=307))
show(serveit.RedirectResponse("/a b?q=é", status=301))
show(serveit.FileResponse("no/such/file.html"))
with open("stdlib_serveit_responses.tmp.css", "w") as f:
    f.write("p { }")
show(serveit.FileResponse("stdlib_serveit_responses.tmp.css"))
show(serveit.FileResponse("stdlib_serveit_responses.tmp.css", filename="x.txt"))
import os
os.remove("stdlib_serveit_responses.tmp.css")

for name in ["a.html", "b.JSON", "c.tar.gz", "d.png", "noext", "dir.d/file", "e.woff2", "f.unknown"]:
    print(name, serveit.guess_media_type(name))

print(serveit.status.OK, serveit.status.CREATED, serveit.status.NO_CONTENT, serveit.status.MOVED_PERMANENTLY,
      serveit.status.FOUND, serveit.status.TEMPORARY_REDIRECT, serveit.status.BAD_REQUEST,
      serveit.status.UNAUTHORIZED, serveit.status.FORBIDDEN, serveit.status.NOT_FOUND,
      serveit.status.METHOD_NOT_ALLOWED, serveit.status.INTERNAL_SERVER_ERROR, serveit.status.SERVICE_UNAVAILABLE)
print([serveit.status_phrase(c) for c in (200, 201, 307, 404, 418, 431, 503, 799)])

for value in ["<b>hi</b>", b"raw", {"a": 1}, [1, 2], serveit.PlainTextResponse("same")]:
    show(serveit.to_response(value))
for bad in [None, 42]:
    try:
        serveit.to_response(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    serveit.Response(200, 3.5)
except TypeError as e:
    print("TypeError", e)
try:
    serveit.JSONResponse({"x": float("nan")})
except ValueError as e:
    print("ValueError", e)

def app(scope):
    return "never served"

try:
    serveit.run("not an app")
except TypeError as e:
    print("TypeError", e)
for kwargs in [{"options": {"bogus": 1}}, {"log_level": "loud"}, {"workers": 0}, {"workers": "2"}]:
    try:
        serveit.run(app, "127.0.0.1", 0, **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
