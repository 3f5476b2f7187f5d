# open() with encoding=, errors= and newline=, reading and writing, and the attributes
# and reprs of text files.
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "t.txt")

def raw():
    with open(p, "rb") as f:
        return f.read()

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

text = "Grüße €5\nline two ½\n"
for enc in ["utf-8", "latin-1", "cp1252", "cp437", "koi8_r", "mac_roman", "utf-16", "utf-16-le",
            "utf-32", "utf-8-sig", "iso8859_15", "cp037"]:
    with open(p, "w", encoding=enc, errors="replace") as f:
        n = f.write(text)
        f.write("и")
    data = raw()
    print(enc, n, data)
    with open(p, encoding=enc, errors="replace") as f:
        print(" ", repr(f.readline()), repr(f.read(3)), repr(f.read()))
    with open(p, encoding=enc, errors="replace") as f:
        print(" ", f.readlines(), f.encoding, f.errors)
    with open(p, encoding=enc, errors="replace") as f:
        print(" ", [line for line in f])

# a file appended to in utf-16: one BOM
with open(p, "w", encoding="utf-16") as f:
    f.write("ab")
with open(p, "a", encoding="utf-16") as f:
    f.write("cd")
print(raw(), open(p, encoding="utf-16").read())

# errors on write
for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    def w():
        with open(p, "w", encoding="ascii", errors=errors) as f:
            f.write("a€b")
        return raw()
    show(w)

# errors on read
with open(p, "wb") as f:
    f.write(b"ok\xff\xfeend\n")
for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    show(lambda: open(p, encoding="utf-8", errors=errors).read())
show(lambda: open(p, encoding="ascii").read())
show(lambda: open(p, encoding="cp1252").read())
show(lambda: open(p, encoding="cp1252", errors="nope").read())
show(lambda: open(p, errors="surrogateescape").read().encode("utf-8", "surrogateescape"))

# newline on write and read
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, "w", newline=nl, encoding="latin-1") as f:
        f.write("a\nb\r\nc\rd\n")
    data = raw()
    with open(p, newline=nl, encoding="latin-1") as f:
        lines = f.readlines()
    print(repr(nl), data, lines)

# arguments
show(lambda: open(p, "w", encoding=1))
show(lambda: open(p, "w", errors=1))
show(lambda: open(p, "w", encoding="nope"))
show(lambda: open(p, "wb", encoding="utf-8"))
show(lambda: open(p, "rb", errors="strict"))
show(lambda: open(p, "wb", encoding=None, errors=None).close())
with open(p, "w", encoding="Latin_1", errors="replace") as f:
    print(repr(f).replace(repr(p), "P"), f.encoding, f.errors)
with open(p, "w") as f:
    print(repr(f).replace(repr(p), "P"), f.encoding, f.errors)
with open(p, "rb") as f:
    show(lambda: f.encoding)
show(lambda: open(p, "w", errors="nope").write("plain"))
show(lambda: open(p, "w", encoding="ascii", errors="nope").write("€"))
print(sorted(os.listdir(d)))
os.remove(p)
os.rmdir(d)
