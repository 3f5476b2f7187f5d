import io
import quopri

samples = [
    b"hello world",
    b"caf\xc3\xa9 = cost\n",
    b"trailing space \nand tab\t\nend",
    b"a" * 100 + b"\n" + b"b" * 76 + b"\n" + b"c" * 75 + b"=\n",
    b"under_score and spaces",
    b".\n.\nline\r\nwindows\r\n",
    b"\x00\x01\xff\x7f~ !",
    b"",
    b"tab\there  two  spaces",
    b"x" * 74 + b"\xff" + b"y" * 10,
]
for s in samples:
    for quotetabs in (False, True):
        for header in (False, True):
            enc = quopri.encodestring(s, quotetabs=quotetabs, header=header)
            dec = quopri.decodestring(enc, header=header)
            print(quotetabs, header, enc, dec == s)

for enc in [b"=41=42=43", b"soft=\nbreak", b"bad=ZZescape", b"lower=e9", b"trail  \nx",
            b"==3D", b"end=", b"a_b", b"=\r\nx", b"=4", b"line1\nline2\n"]:
    print(enc, quopri.decodestring(enc), quopri.decodestring(enc, header=True))

out = io.BytesIO()
quopri.encode(io.BytesIO(b"r\xe9sum\xe9 \nnext"), out, quotetabs=False)
print(out.getvalue())
out = io.BytesIO()
quopri.encode(io.BytesIO(b"a b"), out, True, header=True)
print(out.getvalue())
out = io.BytesIO()
quopri.decode(io.BytesIO(b"r=E9sum=E9=20\nnext_x"), out)
print(out.getvalue())
out = io.BytesIO()
quopri.decode(io.BytesIO(b"a_b=5F"), out, header=True)
print(out.getvalue())

print(quopri.needsquoting(b" ", False, False), quopri.needsquoting(b" ", True, False),
      quopri.needsquoting(b"_", False, True), quopri.needsquoting(b"=", False, False),
      quopri.needsquoting(b"\x80", False, False), quopri.needsquoting(b"a", False, False))
print(quopri.quote(b"="), quopri.quote(b"\xff"), quopri.quote(b"\n"))
print(quopri.ishex(b"a"), quopri.ishex(b"G"), quopri.ishex(b"9"), quopri.unhex(b"fF"), quopri.unhex(b"10"))
print(quopri.__all__, quopri.MAXLINESIZE, quopri.ESCAPE, quopri.HEX)
for bad in ["text", 5]:
    try:
        quopri.encodestring(bad)
    except TypeError as e:
        print(type(e).__name__, e)

# The line-by-line implementation CPython uses when binascii's codec is switched off.
saved = quopri.b2a_qp, quopri.a2b_qp
quopri.b2a_qp = quopri.a2b_qp = None
for s in samples:
    for quotetabs in (False, True):
        for header in (False, True):
            enc = quopri.encodestring(s, quotetabs=quotetabs, header=header)
            print("py", quotetabs, header, enc, quopri.decodestring(enc, header=header) == s)
for enc in [b"=41=42=43", b"soft=\nbreak", b"bad=ZZescape", b"lower=e9", b"trail  \nx", b"==3D",
            b"end=", b"a_b", b"=\r\nx", b"=4", b"line1\nline2\n", b"x=\n", b"tab\t \r\n"]:
    print("py", enc, quopri.decodestring(enc), quopri.decodestring(enc, header=True))
out = io.BytesIO()
quopri.encode(io.BytesIO(b"last line no newline \t"), out, False)
print(out.getvalue())
quopri.b2a_qp, quopri.a2b_qp = saved
print(quopri.encodestring(b"back = binascii"))
