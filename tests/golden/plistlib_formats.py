import datetime
import io
import plistlib
from plistlib import UID, FMT_XML, FMT_BINARY, InvalidFileException

value = dict(
    aString="Doodah",
    aList=["A", "B", 12, 32.1, [1, 2, 3], (4, 5)],
    aFloat=0.1,
    anInt=728,
    aBigInt=2 ** 63 - 44,
    aBigInt2=2 ** 63 + 44,
    aNegativeInt=-5,
    aNegativeBigInt=-80000000000,
    aDict=dict(
        anotherString="<hello & 'hi' there!>",
        aUnicodeValue="M\xe4ssig, Ma\xdf",
        aTrueValue=True,
        aFalseValue=False,
        deeperDict=dict(a=17, b=32.5, c=[1, 2, "text"]),
    ),
    someData=b"<binary gunk>",
    someMoreData=b"<lots of binary gunk>\0\1\2\3" * 10,
    nestedData=[b"<lots of binary gunk>\0\1\2\3" * 10],
    aDate=datetime.datetime(2004, 10, 26, 10, 33, 33),
    anEmptyDict=dict(),
    anEmptyList=list(),
    emoji="snow \u2603 and \U0001F600",
    newlines="dos\r\nmac\rend",
    zero=0, one=1, small=255, medium=65535, large=2 ** 32 - 1, larger=2 ** 32,
    floats=[0.0, -0.0, 1e100, 1.5, float("inf"), -float("inf")],
    shared=["same", "same", 1, 1, 1.0, True],
)
xml = plistlib.dumps(value)
print(xml.decode())
print(plistlib.loads(xml) == {k: (list(v) if isinstance(v, tuple) else v) for k, v in value.items()} or plistlib.loads(xml))
binary = plistlib.dumps(value, fmt=FMT_BINARY)
print(binary.hex())
back = plistlib.loads(binary)
print(back["aList"], back["aDate"], back["floats"], back["emoji"], back["aBigInt2"], back["aNegativeBigInt"])
print(plistlib.dumps(value, sort_keys=False)[:400].decode())
print(plistlib.dumps(value, fmt=FMT_BINARY, sort_keys=False).hex()[:200])
print(plistlib.dumps([UID(1), UID(300), UID(70000), UID(2 ** 40)], fmt=FMT_BINARY).hex())
print(plistlib.loads(plistlib.dumps([UID(1), UID(300), UID(70000), UID(2 ** 40)], fmt=FMT_BINARY)))
print(repr(UID(5)), UID(5) == UID(5), UID(5) == 5, hash(UID(5)) == hash(5), UID(5).__reduce__())
for bad in [lambda: UID(-1), lambda: UID(2 ** 64), lambda: UID("x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(plistlib.dumps({1: "x", "k": "v"}, skipkeys=True, sort_keys=False).decode())
print(plistlib.dumps({1: "x", "k": "v"}, skipkeys=True, sort_keys=False, fmt=FMT_BINARY).hex())
for bad in [{1: 2}, {"a": object()}, 2 ** 64, -2 ** 63 - 1, "ctrl\x01char", {"a": None}]:
    for fmt in (FMT_XML, FMT_BINARY):
        try:
            plistlib.dumps(bad, fmt=fmt)
            print("no error", fmt)
        except (TypeError, ValueError, OverflowError) as e:
            print(fmt, type(e).__name__, str(e)[:40] if "object at" not in str(e) else "obj")
try:
    plistlib.dumps(1, fmt="nope")
except ValueError as e:
    print(e)
print(plistlib.dumps(b"x" * 200).decode())
print(plistlib.dumps({"a": {"b": {"c": {"d": b"y" * 120}}}}).decode())
print(plistlib.dumps("top").decode())
print(plistlib.dumps(bytearray(b"ba"), fmt=FMT_BINARY).hex())
print(plistlib.dumps(datetime.datetime(1990, 1, 1, 0, 0, 0, 500000), fmt=FMT_BINARY).hex())
print(plistlib.loads(plistlib.dumps(datetime.datetime(1990, 1, 1, 0, 0, 0, 500000), fmt=FMT_BINARY)))
print(plistlib.dumps("x" * 20 + "\u00e9" * 300, fmt=FMT_BINARY).hex()[:40])
big = list(range(300))
print(len(plistlib.dumps(big, fmt=FMT_BINARY)), plistlib.loads(plistlib.dumps(big, fmt=FMT_BINARY)) == big)

# reading
doc = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>hex</key><integer>0x1F</integer>
    <key>dates</key><array><date>2020-02-03Z</date><date>2020-02-03T04Z</date><date>2020-02-03T04:05:06Z</date></array>
    <key>data</key><data>
        PGxvdHMgb2YgYmluYXJ5
        IGd1bms+
    </data>
    <key>empty</key><string></string>
    <key>ent</key><string>a &amp; b &lt; c &#x41;</string>
    <foo>bar</foo>
    <key>real</key><real>-1.5e3</real>
</dict>
</plist>"""
print(plistlib.loads(doc))
from collections import OrderedDict
print(plistlib.loads(doc, dict_type=OrderedDict).__class__.__name__)
print(plistlib.load(io.BytesIO(doc), fmt=FMT_XML)["hex"])
print(plistlib.loads("\ufeff<plist><string>bom</string></plist>".encode("utf-8")))
print(plistlib.loads("<plist><string>u16</string></plist>".encode("utf-16")))
bad_docs = [
    b"<plist><dict><key>a</key></dict></plist>",
    b"<plist><dict><string>x</string></dict></plist>",
    b"<plist><array><key>a</key></array></plist>",
    b"<plist><dict><key>a</key><key>b</key></dict></plist>",
    b"<plist><integer>abc</integer></plist>",
    b"<plist><real>x</real></plist>",
    b'<?xml version="1.0"?><!DOCTYPE plist [<!ENTITY e "x">]><plist><string>&e;</string></plist>',
    b"nothing here at all",
    b"bplist00",
    b"bplist00" + b"\x00" * 40,
    binary[:-1],
    binary[:30] + b"\xff" * 10 + binary[40:],
]
for d in bad_docs:
    try:
        print(plistlib.loads(d))
    except InvalidFileException as e:
        print("InvalidFileException", e)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    plistlib.loads(b"<plist><dict>")
except Exception as e:
    print(type(e).__module__, type(e).__name__, e, e.code, e.lineno, e.offset)
try:
    plistlib.loads(b"<plist><date>bad</date></plist>")
except AttributeError as e:
    print("AttributeError", e)
print(plistlib.FMT_XML, repr(plistlib.FMT_BINARY), plistlib.PlistFormat.FMT_XML.value, plistlib.__all__)
print(plistlib.loads(b"<plist><array/></plist>"), plistlib.loads(b"<plist><true/></plist>", fmt=FMT_XML))
f = io.BytesIO()
plistlib.dump({"k": [1, 2]}, f, fmt=FMT_BINARY)
f.seek(0)
print(plistlib.load(f))
multi = b"""<plist version="1.0">
<dict>
  <key>a</key>
  <array>
    <integer>1</integer>
    <key>oops</key>
  </array>
</dict>
</plist>"""
try:
    plistlib.loads(multi)
except ValueError as e:
    print(e)
try:
    plistlib.loads(b"<plist>\n<dict>\n<key>k</key>\n<string>v</string>\n</dict>\n<dict>")
except Exception as e:
    print(type(e).__name__, e)
plistlib.loads(b"<plist>\n  <array>\n    <string>x</strin>\n  </array>\n</plist>")
