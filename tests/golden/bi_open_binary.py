path = "/tmp/trc_golden_bi_open_binary.bin"
data = bytes(range(256))
with open(path, "wb") as f:
    print(f.write(data))
    f.write(b"\x00tail")
with open(path, "rb") as f:
    raw = f.read()
print(len(raw), raw[:5], raw[-5:], type(raw).__name__, raw[255], raw[10:12])
with open(path, "rb") as f:
    print(f.read(3), f.read(2), len(f.read()))
text_path = "/tmp/trc_golden_bi_open_binary.txt"
with open(text_path, "w", encoding="utf-8") as f:
    f.write("héllo €\n")
with open(text_path, "rb") as f:
    b = f.read()
print(b, len(b), b.decode("utf-8"), end="")
with open(text_path, encoding="utf-8") as f:
    s = f.read()
print(repr(s), len(s))
with open(text_path, "ab") as f:
    f.write("more\n".encode())
with open(text_path, "rb") as f:
    print(f.readlines())
try:
    with open(path, "rb") as f:
        f.write(b"x")
except Exception as e:
    print(type(e).__name__)
