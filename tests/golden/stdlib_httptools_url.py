# httptools.parse_url splits absolute URLs as urllib.parse.urlsplit does (scheme, userinfo, host, port, path, query, fragment); CPython runs urlsplit in its place.
try:
    import httptools

    def split(url):
        p = httptools.parse_url(url)
        return (p["scheme"], p["userinfo"], p["host"], p["port"], p["path"] or "", p["query"] or "",
                p["fragment"] or "")
except ImportError:
    from urllib.parse import urlsplit

    def split(url):
        p = urlsplit(url)
        userinfo = None
        if "@" in p.netloc:
            userinfo = p.netloc.rpartition("@")[0]
        return (p.scheme, userinfo, p.hostname, p.port, p.path, p.query, p.fragment)

urls = [
    "https://example.com:8080/path/to/resource?key=value&foo=bar",
    "http://example.com",
    "http://example.com/",
    "http://user:secret@example.com:81/a/b;c?d=e#frag",
    "http://user@example.com/~x",
    "http://[::1]:8000/ipv6?x",
    "http://[2001:db8::7]/",
    "ftp://files.example.org/pub/file.tar.gz",
    "ws://localhost:65535/socket#",
    "https://example.com?only=query",
    "https://example.com#only-fragment",
    "http://a.example/p%20q?r=%2F#s%20t",
    "http://127.0.0.1:0/",
    "svn+ssh://host.example/repo",
    "http://example.com/a?b?c#d#e",
    "http://x.example:/empty-port",
]
for url in urls:
    print(url)
    print("  ", split(url))
