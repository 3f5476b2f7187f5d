import io, os, struct, sys, tempfile
import imghdr, sndhdr, uu

# uu
data = bytes(range(256)) * 3 + b"tail"
out = io.BytesIO()
uu.encode(io.BytesIO(data), out, "file name\nx.bin", 0o1755)
print(out.getvalue().decode())
back = io.BytesIO()
uu.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == data)
out2 = io.BytesIO()
uu.encode(io.BytesIO(b""), out2, backtick=True)
print(out2.getvalue())
out3 = io.BytesIO()
uu.encode(io.BytesIO(b"hello world"), out3, backtick=True)
print(out3.getvalue())
b = io.BytesIO(); uu.decode(io.BytesIO(out3.getvalue()), b); print(b.getvalue())
for bad in [b"", b"no begin here\n", b"begin 644\n", b"begin abc x\nbegin 644 f\n%:&5L;&\\\n", b"begin 644 f\n&:&5L;&\\`\n"]:
    try:
        o = io.BytesIO(); uu.decode(io.BytesIO(bad), o); print("ok", o.getvalue())
    except uu.Error as e:
        print("Error", e)
# garbage after the promised length: decoded as far as it goes, warning silenced by quiet
o = io.BytesIO(); uu.decode(io.BytesIO(b"begin 644 f\n#86)C=&5X=&5X=&5X\n \nend\n"), o, quiet=True); print(o.getvalue())
d = tempfile.mkdtemp()
src = os.path.join(d, "src.bin")
with open(src, "wb") as f:
    f.write(b"file contents\n" * 10)
os.chmod(src, 0o640)
enc = os.path.join(d, "src.uu")
uu.encode(src, enc)
with open(enc, "rb") as f:
    print(f.read().splitlines()[0])
dst = os.path.join(d, "dst.bin")
uu.decode(enc, dst)
with open(dst, "rb") as f:
    print(f.read() == b"file contents\n" * 10, oct(os.stat(dst).st_mode & 0o777))
cwd = os.getcwd()
os.chdir(d)
try:
    uu.decode(enc)
except uu.Error as e:
    print("Error", e)
os.chdir(cwd)

# imghdr
samples = {
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    "jpeg2": b"\xff\xd8\xff\xdb" + b"\0" * 20,
    "exif": b"\xff\xd8\xff\xe1\x00\x10Exif\x00",
    "png": b"\x89PNG\r\n\x1a\n" + b"\0" * 8,
    "gif": b"GIF89a\x01\x00",
    "gif87": b"GIF87a",
    "tiff": b"MM\x00*", "tiff2": b"II*\x00",
    "rgb": b"\x01\xda\x01\x01",
    "pbm": b"P1\n1 1\n1", "pgm": b"P5 1 1 255\n\x00", "ppm": b"P6\t1",
    "rast": b"\x59\xa6\x6a\x95", "xbm": b"#define x_width 1",
    "bmp": b"BM\x00\x00", "webp": b"RIFF\x00\x00\x00\x00WEBPVP8 ", "exr": b"\x76\x2f\x31\x01",
    "none": b"plain text", "empty": b"", "P7": b"P7 x",
}
for name, h in samples.items():
    print(name, imghdr.what(None, h), imghdr.what(io.BytesIO(b"xx" + h)), end=" ")
    f = io.BytesIO(h); f.seek(0)
    print(imghdr.what(f), f.tell())
path = os.path.join(d, "img.png")
with open(path, "wb") as f:
    f.write(samples["png"])
print(imghdr.what(path))
import pathlib
print(imghdr.what(pathlib.Path(path)))
def test_custom(h, f):
    if h.startswith(b"CUST"):
        return "custom"
imghdr.tests.append(test_custom)
print(imghdr.what(None, b"CUSTOM"), len(imghdr.tests))
try:
    imghdr.what(os.path.join(d, "missing.png"))
except FileNotFoundError as e:
    print("FileNotFoundError")

# sndhdr
def write(name, content):
    p = os.path.join(d, name)
    with open(p, "wb") as f:
        f.write(content)
    return p

def wav(fmt_tag=1, channels=2, rate=44100, bits=16, frames=10, extra=b"", order="fmt"):
    fmt = struct.pack("<HHLLHH", fmt_tag, channels, rate, rate * channels * bits // 8, channels * bits // 8, bits)
    data = b"\0" * (frames * channels * ((bits + 7) // 8))
    chunks = b"fmt " + struct.pack("<L", len(fmt)) + fmt
    body = b"data" + struct.pack("<L", len(data)) + data
    inner = (chunks + extra + body) if order == "fmt" else (body + chunks)
    if order == "nodata":
        inner = chunks + extra
    return b"RIFF" + struct.pack("<L", 4 + len(inner)) + b"WAVE" + inner

def ext80(value):
    import math
    if value == 0:
        return b"\0" * 10
    m, e = math.frexp(value)
    e += 16382
    mant = int(m * (1 << 64))
    return struct.pack(">HQ", e, mant)

def aiff(kind=b"AIFF", channels=1, frames=100, bits=8, rate=8000.0, comp=b"NONE", ssnd=True, mark=None):
    comm = struct.pack(">hLh", channels, frames, bits) + ext80(rate)
    if kind == b"AIFC":
        comm += comp + b"\x0enot compressed\x00"
    chunks = b"COMM" + struct.pack(">L", len(comm)) + comm
    if kind == b"AIFC":
        chunks = b"FVER" + struct.pack(">LL", 4, 0xA2805140) + chunks
    if mark is not None:
        chunks += b"MARK" + struct.pack(">L", len(mark)) + mark
    if ssnd:
        sdata = struct.pack(">LL", 0, 0) + b"\0" * frames * channels
        chunks += b"SSND" + struct.pack(">L", len(sdata)) + sdata
    return b"FORM" + struct.pack(">L", 4 + len(chunks)) + kind + chunks

cases = {
    "wav": wav(), "wav8mono": wav(channels=1, bits=8, rate=8000, frames=7),
    "wav24": wav(bits=24, frames=3), "wav_float": wav(fmt_tag=3), "wav_nochan": wav(channels=0),
    "wav_list": wav(extra=b"LIST\x03\x00\x00\x00abc\x00"), "wav_datafirst": wav(order="data"),
    "wav_nodata": wav(order="nodata"), "wav_truncated": wav()[:30],
    "aiff": aiff(), "aiff16": aiff(channels=2, bits=16, rate=44100.0, frames=1000),
    "aifc": aiff(b"AIFC"), "aifc_ulaw": aiff(b"AIFC", comp=b"ulaw"), "aifc_bad": aiff(b"AIFC", comp=b"XXXX"),
    "aiff_nossnd": aiff(ssnd=False), "aiff_zero_rate": aiff(rate=0.0),
    "aiff_mark": aiff(mark=struct.pack(">hhl", 1, 1, 0) + b"\x03abc"),
    "au": b".snd" + struct.pack(">LLLLL", 24, 8000, 1, 8000, 1) + b"\0" * 8,
    "au16": b".snd" + struct.pack(">LLLLL", 24, 8000, 3, 22050, 2),
    "au_le": b"dns." + struct.pack("<LLLLL", 24, 100, 2, 11025, 0),
    "au_odd": b".snd" + struct.pack(">LLLLL", 24, 100, 27, 11025, 1),
    "voc": b"Creative Voice File\x1a" + struct.pack("<H", 26) + b"\0" * 4 + b"\x01\0\0\0\x9c\0",
    "8svx": b"FORM\0\0\0\x10" + b"8SVX",
    "sndt": b"SOUND\0\0\0" + struct.pack("<L", 1234) + b"\0" * 8 + struct.pack("<H", 11025),
    "sndr": b"\0\0" + struct.pack("<H", 8000) + b"\0" * 10, "sndr_low": b"\0\0\x10\x00",
    "hcom": b"\0" * 65 + b"FSSD" + b"\0" * 59 + b"HCOM" + b"\0" * 12 + struct.pack(">L", 2) + b"\0" * 4,
    "nothing": b"just some bytes",
}
for name, content in cases.items():
    print(name, sndhdr.what(write(name, content)))
r = sndhdr.whathdr(write("wav2", wav()))
print(r.filetype, r.framerate, r.nchannels, r.nframes, r.sampwidth, r._fields)
try:
    sndhdr.what(os.path.join(d, "missing.wav"))
except OSError as e:
    print(type(e).__name__)
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
