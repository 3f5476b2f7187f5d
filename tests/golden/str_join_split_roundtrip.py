samples = ["a,b,c", ",a,,b,", "", ",", "no-sep", "x,y,"]
for s in samples:
    parts = s.split(",")
    print(repr(s), parts, ",".join(parts) == s)
lines = ["first", "", "third", ""]
text = "\n".join(lines)
print(repr(text), text.split("\n") == lines, text.splitlines())
words = "  many   spaces here  ".split()
print(words, " ".join(words))
path = "/usr/local/lib/python3"
parts = path.split("/")
print(parts, "/".join(parts) == path, parts[-1], "/".join(parts[:-1]) or "/")
kv = "a=1&b=two&c=&d"
pairs = [p.partition("=") for p in kv.split("&")]
print(pairs, {k: v for k, _, v in pairs})
print("&".join(["%s=%s" % (k, v) for k, _, v in pairs]))
csv_line = "name;age;;city;"
fields = csv_line.split(";")
print(fields, len(fields), ";".join(fields) == csv_line, [f or "<empty>" for f in fields])
