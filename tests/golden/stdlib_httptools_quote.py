# httptools' percent-encoding and query strings (quote, quote_plus, unquote, unquote_plus, quote_from_bytes, unquote_to_bytes, parse_qsl, urlencode) agree with urllib.parse, which CPython runs in its place.
try:
    import httptools as up
except ImportError:
    import urllib.parse as up

# quote: safe characters, UTF-8, bytes, encoding/errors
for s in ["hello world", "a/b/c", "~user_name-1.0", "café", "日本語", "100%", "a+b=c&d", "", "\x00\x7f",
          "emoji 😀", "[::1]:80", "?#"]:
    print(repr(s), up.quote(s), up.quote(s, safe=""), up.quote(s, safe="/?=&+"), up.quote_plus(s))
print(up.quote(b"\xff\x00 a/"), up.quote(b"x y", safe=b"/ "), up.quote_plus(b"a b+c"))
print(up.quote("é", encoding="latin-1"), up.quote("é€", encoding="latin-1", errors="replace"),
      up.quote("é€", encoding="ascii", errors="xmlcharrefreplace"))
print(up.quote_plus("a b/c", safe="/"), up.quote_plus("x y", safe=" "))
print(up.quote_from_bytes(b"a b\x80"), repr(up.quote_from_bytes(b"")), up.quote("é", safe="é"))
for bad in [lambda: up.quote(b"x", encoding="utf-8"), lambda: up.quote(b"x", errors="strict"),
            lambda: up.quote_from_bytes("str"), lambda: up.quote("é", encoding="ascii")]:
    try:
        bad()
    except (TypeError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)

# unquote: %XX, invalid escapes kept, UTF-8 with replacement, non-ASCII text
for s in ["hello%20world", "%E6%97%A5%E6%9C%AC", "%zz%2", "100%", "%", "%41%42c", "caf%C3%A9", "bad%C3",
          "%C3%28", "é%20é", "a+b", "%2B%2b", "", "%e2%82%ac"]:
    print(repr(s), repr(up.unquote(s)), repr(up.unquote_plus(s)), up.unquote_to_bytes(s))
print(up.unquote("caf%E9", encoding="latin-1"), up.unquote("%FF", errors="ignore") == "",
      up.unquote(b"a%20b") if hasattr(up, "HttpRequestParser") else up.unquote("a%20b"))
print(up.unquote_to_bytes(b"%41%4"), up.unquote_to_bytes("é%41"))

# parse_qsl: blanks, strict parsing, separators, plus signs, field limits
for qs in ["a=1&b=2&a=3", "a=&b", "a=1&&b=2", "name=J%C3%B6rg+Smith&x=%2B1", "k=v=w", "=x", "a;b=1", ""]:
    print(repr(qs), up.parse_qsl(qs), up.parse_qsl(qs, keep_blank_values=True))
print(up.parse_qsl("a=1;b=2", separator=";"), up.parse_qsl(b"a=1&b=%20"))
for args in [("a=1&b", dict(strict_parsing=True)), ("a=1&b=2&c=3", dict(max_num_fields=2)),
             ("a=1", dict(separator=""))]:
    try:
        up.parse_qsl(args[0], **args[1])
    except ValueError as e:
        print("ValueError", e)

# urlencode: mappings and pairs, doseq, safe, quote_via, non-str values
print(up.urlencode({"name": "Bob", "age": "25"}))
print(up.urlencode({"q": "a b&c", "n": 3, "f": 1.5, "b": b"\xff x", "none": None}))
print(up.urlencode([("a", "1"), ("a", "2"), ("é", "ü")]))
print(up.urlencode({"l": ["x", "y z"], "t": ("1",), "s": "ab"}, doseq=True))
print(up.urlencode({"l": ["x", "y"]}), up.urlencode({"n": 7}, doseq=True))
print(up.urlencode({"p": "/a b"}, safe="/"), up.urlencode({"p": "/a b"}, quote_via=up.quote))
print(repr(up.urlencode({})), repr(up.urlencode([])))
for bad in ["abc", [1, 2]]:
    try:
        up.urlencode(bad)
    except TypeError as e:
        print("TypeError", e)
