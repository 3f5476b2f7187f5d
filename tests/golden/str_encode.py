s = "héllo wörld €"
b = s.encode()
print(b, len(s), len(b), type(b).__name__)
print(s.encode("utf-8") == b, b.decode(), b.decode("utf-8") == s)
print("abc".encode("ascii"), "é".encode("latin-1"), "é".encode("utf-8"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("é€".encode("ascii", "replace"), "é€".encode("ascii", "ignore"), "é".encode("ascii", "backslashreplace"))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"\xe9".decode("latin-1"))
print("😀".encode(), len("😀"), len("😀".encode()), "😀".encode("utf-16-le"))
print(str(b"abc", "ascii"), str(b"abc"), bytes("xyz", "utf-8"))
