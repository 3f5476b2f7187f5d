# codecs.register_error/lookup_error: custom handlers called by every codec (str.encode,
# bytes.decode, codecs.encode/decode, text files), their results checked as CPython's,
# and the built-in handlers as functions.
import codecs
import os
import tempfile


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def tag(e):
    print(" ", type(e).__name__, e.encoding, repr(e.object), e.start, e.end, e.reason)
    return ("<%d>" % e.start, e.end)


codecs.register_error("tag", tag)
print(codecs.lookup_error("tag") is tag)
show(lambda: "aéb€c".encode("ascii", "tag"))
show(lambda: "aéb€c".encode("latin-1", "tag"))
show(lambda: "aé€\u0100\u0101c".encode("cp1252", "tag"))
show(lambda: "a\ud800\ud801b".encode("utf-8", "tag"))
show(lambda: "a\ud800\ud801b".encode("utf-16-le", "tag"))
show(lambda: "a\ud800b".encode("utf-32-be", "tag"))
show(lambda: b"a\xff\xfeb".decode("utf-8", "tag"))
show(lambda: b"a\xe2\x82".decode("utf-8", "tag"))
show(lambda: b"a\x81b".decode("cp1252", "tag"))
show(lambda: b"a\x80".decode("ascii", "tag"))
show(lambda: b"a\x00\x00\xdc".decode("utf-16-le", "tag"))
show(lambda: b"a\\xZ".decode("unicode_escape", "tag"))
show(lambda: "a€\u0100".encode("gbk", "tag"))
show(lambda: b"a\x81".decode("gbk", "tag"))
show(lambda: "a\u0100b".encode("iso2022_jp", "tag"))
show(lambda: codecs.encode("aé", "ascii", "tag"))
show(lambda: codecs.decode(b"a\xff", "utf-8", "tag"))

# the replacement: bytes as they are, a str through the codec
codecs.register_error("bytes", lambda e: (b"\xff\xfe", e.end))
show(lambda: "a€b".encode("ascii", "bytes"))
show(lambda: "a\ud800b".encode("utf-8", "bytes"))
show(lambda: "a\u0100".encode("cp1252", "bytes"))
show(lambda: b"\xff".decode("ascii", "bytes"))
codecs.register_error("eacute", lambda e: ("é", e.end))
show(lambda: "aéb".encode("ascii", "eacute"))
show(lambda: "a€b".encode("latin-1", "eacute"))
show(lambda: "a\u0100b".encode("cp1252", "eacute"))
show(lambda: "a\u0100b".encode("latin-1", "eacute"))
show(lambda: "a\ud800b".encode("utf-8", "eacute"))
show(lambda: "a\u0100b".encode("shift_jis", "eacute"))

# newpos: negative from the end, backwards, out of range
codecs.register_error("back1", lambda e: ("?", -1))
show(lambda: "aéb".encode("ascii", "back1"))
seen = []


def once(e):
    seen.append(e.start)
    return ("[" + str(len(seen)) + "]", e.start if len(seen) < 3 else e.end)


codecs.register_error("again", once)
show(lambda: "aéb".encode("ascii", "again"))
for ret in [None, (1,), ("x",), ("x", "y"), (b"x", 1.5), (1, 2), ("x", 1, 2), ["x", 1], ("x", 100), ("x", -100)]:
    codecs.register_error("bad", lambda e, ret=ret: ret)
    print(ret)
    show(lambda: "é".encode("ascii", "bad"))
    show(lambda: b"\xff".decode("ascii", "bad"))
    show(lambda: "\u20ac\u0100".encode("cp1252", "bad"))
    show(lambda: b"\x81".decode("cp1252", "bad"))


# a handler's own exception: as it is on the C fast paths, wrapped by the others
class Boom(Exception):
    pass


def boom(e):
    raise Boom("boom")


codecs.register_error("boom", boom)
for enc in ["ascii", "cp1252", "utf-16", "utf-8"]:
    try:
        "\ud800\u0100".encode(enc, "boom")
    except Boom as e:
        print(enc, type(e).__name__, e, repr(e.__cause__))
try:
    codecs.encode("\u0100", "ascii", "boom")
except Boom as e:
    print(type(e).__name__, e)

# text files
path = os.path.join(tempfile.mkdtemp(), "f.txt")
with open(path, "w", encoding="ascii", errors="tag") as f:
    f.write("añb\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, "wb") as f:
    f.write(b"x\xffy\n")
with open(path, encoding="utf-8", errors="tag") as f:
    print(repr(f.read()))
os.remove(path)

# lookup_error and register_error misuse
print(codecs.lookup_error("strict") is codecs.strict_errors, codecs.lookup_error("namereplace") is codecs.namereplace_errors)
print(codecs.lookup_error("surrogateescape").__name__, codecs.lookup_error("surrogatepass").__name__)
show(lambda: codecs.lookup_error("nope"))
show(lambda: codecs.lookup_error(3))
show(lambda: codecs.register_error("x", 1))
show(lambda: codecs.register_error(1, tag))
show(lambda: "é".encode("ascii", "nope"))
show(lambda: b"\xff".decode("cp1252", "nope"))

# the built-in handlers as functions
enc = UnicodeEncodeError("ascii", "a\xe9\u20ac\ud800\udc80\U0001F600b", 1, 6, "r")
dec = UnicodeDecodeError("utf-8", b"a\xff\x80b\xed\xa0\x80", 1, 4, "r")
tra = UnicodeTranslateError("a\xe9\u20acb", 1, 3, "r")
for name in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"]:
    handler = codecs.lookup_error(name)
    for exc in [enc, dec, tra, ValueError("v"), 5]:
        print(name, type(exc).__name__, end=" ")
        show(lambda: handler(exc))
show(lambda: codecs.lookup_error("surrogatepass")(UnicodeDecodeError("utf-8", b"a\xed\xa0\x80b", 1, 2, "r")))
show(lambda: codecs.lookup_error("surrogatepass")(UnicodeDecodeError("utf-16-le", b"a\x00\x00\xd8b\x00", 2, 4, "r")))
show(lambda: codecs.lookup_error("surrogatepass")(UnicodeEncodeError("utf-16-be", "a\ud800b", 1, 2, "r")))
show(lambda: codecs.lookup_error("surrogatepass")(UnicodeEncodeError("utf-32-le", "a\ud800\udfffb", 1, 3, "r")))
show(lambda: codecs.lookup_error("surrogatepass")(UnicodeEncodeError("utf-8", "a\ud800\udfffb", 1, 3, "r")))
show(lambda: codecs.lookup_error("surrogatepass")(UnicodeEncodeError("latin-1", "a\ud800b", 1, 2, "r")))
show(lambda: codecs.lookup_error("surrogateescape")(UnicodeDecodeError("x", b"\x80\x81\x82\x83\x84\x85", 0, 6, "r")))
show(lambda: codecs.strict_errors())
# a built-in handler registered under another name goes through the call
codecs.register_error("myreplace", codecs.replace_errors)
show(lambda: "aé€".encode("ascii", "myreplace"))
show(lambda: b"a\xff".decode("utf-8", "myreplace"))
codecs.register_error("myxml", codecs.xmlcharrefreplace_errors)
show(lambda: "aé€".encode("cp1252", "myxml"))
show(lambda: b"a\xff".decode("utf-8", "myxml"))
show(lambda: b"a\x81".decode("cp1252", "myxml"))
