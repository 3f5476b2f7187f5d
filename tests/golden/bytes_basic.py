b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:4], b[::-1], b[::2], type(b[0]).__name__)
print(b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"wor"), b.count(b"l"), b.startswith(b"he"))
print(b + b"!", b * 2, b"x" in b, b"lo" in b, 111 in b, b.index(b"w"), b.strip(b"hd"))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes.fromhex("de ad BE EF"))
print(b.hex(), b"\x00\xff".hex(), b"abc".hex("-"), list(b"abc"), tuple(b"\x01\x02"))
print(repr(b"\n\t\\'\""), repr(b'\x7f\x80'), repr(b"it's"), str(b"a"))
print(b"abc" == b"abc", b"abc" < b"abd", b"" < b"\x00", b"a" == "a", sorted([b"b", b"a", b"ab"]))
print(b"a,b,,c".split(b","), b"-".join([b"x", b"y"]), b"  pad  ".strip(), b"Title me".title(), b"abc".isalpha())
print(b"%d-%s-%r" % (5, b"x", b"y"), b"%05.1f|%x" % (3.14159, 255))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b[20]
except IndexError as e:
    print("IndexError:", e)
for x in b"hi":
    print(x, chr(x))
print(b.decode(), b"caf\xc3\xa9".decode("utf-8"), b.partition(b" "), b.center(15, b"*"))
