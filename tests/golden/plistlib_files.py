import os, plistlib, tempfile, datetime
d = tempfile.mkdtemp()
value = {"name": "x", "n": [1, 2.5, True, b"\x00\xff", datetime.datetime(2020, 1, 2, 3, 4, 5)], "u": plistlib.UID(3)}
for fmt in (plistlib.FMT_XML, plistlib.FMT_BINARY):
    p = os.path.join(d, "v.plist")
    v = dict(value) if fmt == plistlib.FMT_BINARY else {k: v for k, v in value.items() if k != "u"}
    with open(p, "wb") as f:
        plistlib.dump(v, f, fmt=fmt)
    with open(p, "rb") as f:
        print(plistlib.load(f))
    with open(p, "rb") as f:
        print(len(f.read()))
    os.remove(p)
try:
    plistlib.dumps({"u": plistlib.UID(1)})
except TypeError as e:
    print(e)
os.rmdir(d)
