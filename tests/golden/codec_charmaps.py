# Single-byte codecs, the names the codec registry accepts, error handlers and the
# exact UnicodeEncodeError/UnicodeDecodeError texts.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

text = "Grüße, Ελλάδα, Москва, €50 — ½ ©"
for enc in ["cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257",
            "cp1258", "cp437", "cp850", "cp852", "cp866", "koi8_r", "koi8_u", "mac_roman",
            "iso8859_2", "iso8859_5", "iso8859_7", "iso8859_15", "iso8859_16", "cp037"]:
    data = text.encode(enc, "replace")
    print(enc, data, data.decode(enc))
    print(" ", text.encode(enc, "backslashreplace").decode(enc))
    print(" ", text.encode(enc, "xmlcharrefreplace"), len(text.encode(enc, "ignore")))

# every byte of some tables, and back
for enc in ["cp1252", "cp437", "koi8_r", "mac_roman", "iso8859_8", "cp1006", "cp875"]:
    s = bytes(range(256)).decode(enc, "replace")
    print(enc, ascii(s))
    print(" ", s.encode(enc, "replace") == bytes(range(256)), s.encode(enc, "replace").count(b"?"))

# names: case, '_', '-', ' ', '.', aliases
for name in ["Latin-1", "latin_1", "ISO-8859-1", "iso8859.1", "iso.8859_2", "cp1252", "CP1252",
             "windows-1252", "Windows_1251", "1252", "l2", "latin9", "KOI8-R", "koi8_u", "macroman",
             "mac-roman", "IBM437", "437", "cp-1252", "CP_1252", "utf8", "U8", " utf--8 ", "UTF-16LE",
             "utf_32_be", "utf-8-sig", "646", "us_ascii", "unicode", "", "x" * 80]:
    show(lambda: "a€".encode(name, "replace"))

# error texts
show(lambda: "abc€".encode("latin-1"))
show(lambda: "ab€\u20ad".encode("cp437"))
show(lambda: "abc€".encode("cp1252"))
show(lambda: "abc\u20ad".encode("cp1252"))
show(lambda: "ab\u0100\u0101cd".encode("cp1252"))
show(lambda: b"ab\x81".decode("cp1252"))
show(lambda: b"\x81\x8d".decode("windows-1252", "replace"))
show(lambda: b"\x81\x8d".decode("cp1252", "backslashreplace"))
show(lambda: b"\x81x\x8d".decode("cp1252", "ignore"))
show(lambda: b"a\x81".decode("cp1252", "surrogateescape").encode("cp1252", "surrogateescape"))
show(lambda: b"a\x81".decode("cp1252", "xmlcharrefreplace"))
show(lambda: b"a\x81".decode("cp1252", "nope"))
show(lambda: b"a\x81".decode("utf-8", "nope"))
show(lambda: b"a\x81".decode("utf-8", "namereplace"))
show(lambda: "a\udc00".encode("cp1252", "nope"))
show(lambda: "a\udc00".encode("utf-8", "nope"))
show(lambda: "a\udc00".encode("utf_8", "nope"))
show(lambda: "a\udc00".encode("U8", "nope"))
show(lambda: "a\udc00".encode("utf-16-le", "nope"))
show(lambda: "a€\udc81".encode("cp437", "surrogatepass"))
show(lambda: "a€\udc81\udc00".encode("latin-1", "surrogateescape"))
show(lambda: "ab€\udc81\udc00x".encode("utf-8", "surrogateescape"))
show(lambda: "ab\udc81\udc00x".encode("utf-8", "surrogatepass"))
show(lambda: "ab\udc81\udc00x".encode("utf-16-le", "surrogatepass"))
show(lambda: "ab\udc81\udc00x".encode("utf-16-le"))
show(lambda: "ab\udc81\udc00x".encode("utf-32"))
show(lambda: b"a\xed\xb2\x80b".decode("utf-8", "surrogatepass"))
show(lambda: "x".encode(1))
show(lambda: b"x".decode("cp1252", 2))
try:
    "€".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
try:
    b"\x81".decode("cp1252")
except UnicodeDecodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)

# the UTFs
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig"]:
    data = "a€😀".encode(enc)
    print(enc, data, data.decode(enc))
show(lambda: b"\xef\xbb\xbfab".decode("utf-8-sig"))
show(lambda: b"ab".decode("utf-8-sig"))
show(lambda: b"\xef\xbb\xbfa\xff".decode("utf-8-sig"))
show(lambda: b"\xfe\xff\x00a".decode("utf-16"))
show(lambda: bytes("é", "cp1252"))
show(lambda: str(b"\xe9", "cp1252"))
show(lambda: str(b"\xe9", encoding="koi8-r", errors="strict"))
print("é".encode("cp1252") + "x".encode("mac_roman"))
"€".encode("cp437")
