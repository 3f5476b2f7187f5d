# io.StringIO holding ASCII text, then text past ASCII written into it (at the end, in
# the middle, past the end after a seek), with every newline mode: positions, reads,
# readline, getvalue and truncate count code points throughout.
import io

s = io.StringIO()
s.write("plain ascii\n")
print(s.tell(), repr(s.getvalue()))
print(s.write("caf\u00e9 \u20ac \U0001f600\n"), s.tell())
s.write("more ascii")
print(repr(s.getvalue()), len(s.getvalue()))
s.seek(0)
print([s.readline() for _ in range(4)])
s.seek(13)
print(repr(s.read(5)), s.tell())
s.seek(4)
s.write("\u00c9")
print(repr(s.getvalue()))
s.seek(40)
s.write("x")
print(repr(s.getvalue()), s.tell())
print(s.truncate(15), repr(s.getvalue()))

for newline in (None, "", "\n", "\r", "\r\n"):
    t = io.StringIO(newline=newline)
    t.write("a\r\nb\rc\n")
    t.write("d\u00e9\r\ne\n")
    t.seek(0)
    print(repr(newline), [t.readline() for _ in range(6)], repr(t.getvalue()))

u = io.StringIO("\u03b1\u03b2\u03b3 initial")
print(u.tell(), repr(u.read(3)), u.tell())
u.write("!")
print(repr(u.getvalue()))
u.__init__("again ascii")
print(repr(u.getvalue()), u.tell())
u.seek(0, 2)
u.write(" + \u00fc")
print(repr(u.getvalue()))

big = io.StringIO()
for i in range(3000):
    big.write("line %d\n" % i)
print(len(big.getvalue()), big.getvalue()[-20:].split())
big.write("\u2603")
print(len(big.getvalue()), repr(big.getvalue()[-12:]))
big.seek(0)
print(repr(big.readline()), repr(big.read(6)))
