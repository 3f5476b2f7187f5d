#!/usr/bin/env python3
# gen_cjk_tables.py — writes runtime/codec_cjk_tables.c: for each multibyte CJK codec of
# runtime/codec_cjk.c, the iconv converter it asks for characters, the bytes that are a
# character alone and those that are an error alone, and the fix-ups where glibc's iconv differs from this python3 (CPython
# 3.11): byte sequences it decodes otherwise, code points it encodes otherwise, and the
# two-code-point characters.  It runs the same rule as codec_cjk.c (through ctypes) over
# every sequence and code point, so codec_cjk.c then gives CPython's results byte for byte
# with this machine's glibc.  Usage: tools/gen_cjk_tables.py (takes a few minutes)
import ctypes
import os
import sys
from concurrent.futures import ProcessPoolExecutor

# codecs whose characters iconv lacks come from another codec (CPython's euc_jis_2004
# reads and writes JIS X 0212 after 0x8f where JIS X 0213 has nothing)
FALLBACK = {"euc_jis_2004": "euc_jp", "euc_jisx0213": "euc_jp"}

# (CPython codec, iconv name, kind): the order is the codecs' TR_CODEC_CJK indices.
# kind: 2 = a byte >= 0x80 that is not a character alone leads 2 bytes; 'gb18030' = 4
# where the second byte is a digit; 'euc3' = 3 after 0x8f; 'euckr' = 8 for a KS X 1001
# annex 3 make-up sequence (a4 d4 ...), which codec_cjk.c also writes for a Hangul
# syllable that KS X 1001 lacks
CODECS = [
    ("gb2312", "EUC-CN", "2"), ("gbk", "GBK", "2"), ("gb18030", "GB18030", "gb18030"),
    ("big5", "BIG5", "2"), ("big5hkscs", "BIG5-HKSCS", "2"), ("cp950", "BIG5", "2"),
    ("cp932", "CP932", "2"), ("shift_jis", "SJIS", "2"), ("shift_jis_2004", "SHIFT_JISX0213", "2"),
    ("shift_jisx0213", "SHIFT_JISX0213", "2"), ("euc_jp", "EUC-JP", "euc3"),
    ("euc_jis_2004", "EUC-JISX0213", "euc3"), ("euc_jisx0213", "EUC-JISX0213", "euc3"),
    ("euc_kr", "EUC-KR", "euckr"), ("cp949", "UHC", "2"), ("johab", "JOHAB", "2"),
]
# the stateful codecs of runtime/codec_iso2022.c, indices after CODECS' in this order
STATEFUL = ["hz", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3",
            "iso2022_jp_ext", "iso2022_kr"]

libc = ctypes.CDLL("libc.so.6")
libc.iconv_open.restype = ctypes.c_void_p
libc.iconv_open.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
PP = ctypes.POINTER(ctypes.c_char_p)
PS = ctypes.POINTER(ctypes.c_size_t)
libc.iconv.argtypes = [ctypes.c_void_p, PP, PS, PP, PS]
libc.iconv.restype = ctypes.c_size_t
FAIL = ctypes.c_size_t(-1).value


class Iconv:
    """One conversion as codec_cjk.c does it: all of the input, then the flush"""

    def __init__(self, to, frm):
        self.cd = libc.iconv_open(to.encode(), frm.encode())
        self.out = ctypes.create_string_buffer(64)

    def __call__(self, data):
        libc.iconv(self.cd, None, None, None, None)
        inb = ctypes.create_string_buffer(data, len(data))
        ip, il = ctypes.c_char_p(ctypes.addressof(inb)), ctypes.c_size_t(len(data))
        op, ol = ctypes.c_char_p(ctypes.addressof(self.out)), ctypes.c_size_t(64)
        if libc.iconv(self.cd, ctypes.byref(ip), ctypes.byref(il), ctypes.byref(op), ctypes.byref(ol)) == FAIL or il.value:
            return None
        if libc.iconv(self.cd, None, None, ctypes.byref(op), ctypes.byref(ol)) == FAIL:
            return None
        return self.out.raw[:64 - ol.value]


def python(seq, name):
    try:
        return seq.decode(name)
    except UnicodeDecodeError:
        return None


def python_error(seq, name):
    """CPython's decoding of seq, or the length of its error at the start if not 1"""
    try:
        return seq.decode(name)
    except UnicodeDecodeError as e:
        return e.end - e.start if e.start == 0 and e.end - e.start > 1 else None


def invalid_lead(b, name):
    """whether byte b is an error alone and not the start of a sequence (shift_jis' 0x80)"""
    try:
        bytes([b]).decode(name)
    except UnicodeDecodeError as e:
        return e.reason == "illegal multibyte sequence"
    return False


def sequences(name, kind, single, invalid):
    for b in range(0x100):
        if invalid[b]:
            continue
        if single[b]:
            yield bytes([b])
        elif kind == "euc3" and b == 0x8F:
            for b2 in range(0x100):
                for b3 in range(0x100):
                    yield bytes([b, b2, b3])
        else:
            for b2 in range(0x100):
                if kind == "gb18030" and 0x30 <= b2 <= 0x39:
                    for b3 in range(0x81, 0xFF):
                        for b4 in range(0x30, 0x3A):
                            yield bytes([b, b2, b3, b4])
                else:
                    yield bytes([b, b2])


def one(args):
    name, icname, kind = args
    single = [b < 0x80 or python(bytes([b]), name) is not None for b in range(256)]
    invalid = [invalid_lead(b, name) for b in range(256)]
    dec, enc = Iconv("UTF-32LE", icname), Iconv(icname, "UTF-32LE")
    decfix, pairs = [], []
    for seq in sequences(name, kind, single, invalid):
        if len(seq) == 1 and seq[0] < 0x80:
            got = chr(seq[0])  # ASCII is itself but where a fix-up says otherwise
        else:
            got = dec(seq)
            got = got.decode("utf-32-le") if got is not None and len(got) == 4 else None
            if got is None and name in FALLBACK:
                got = python(seq, FALLBACK[name])
                got = got if got is not None and len(got) == 1 else None
        want = python_error(seq, name)
        if want != got:
            decfix.append((int.from_bytes(seq, "big"), want))
            if isinstance(want, str) and len(want) == 2:
                assert want.encode(name) == seq, (name, seq)
                pairs.append((ord(want[0]), ord(want[1]), int.from_bytes(seq, "big")))
    encfix = []
    for c in range(0x110000):
        if 0xD800 <= c < 0xE000:
            continue
        ch = chr(c)
        try:
            want = ch.encode(name)
        except UnicodeEncodeError:
            want = None
        if c < 0x80:
            got = bytes([c])
        else:
            got = enc(c.to_bytes(4, "little"))
            if got is not None and not 1 <= len(got) <= 4:
                got = None
            if got is None and name in FALLBACK:
                try:
                    got = ch.encode(FALLBACK[name])
                except UnicodeEncodeError:
                    got = None
            if got is None and kind == "euckr" and 0xAC00 <= c <= 0xD7A3:
                got = want  # codec_cjk.c writes the make-up sequence itself: no fix-up
        if want != got:
            assert want is None or (len(want) <= 4 and want[0]), (name, c, want)
            encfix.append((c, int.from_bytes(want, "big") if want else 0))
    return name, single, invalid, decfix, encfix, pairs


def main():
    with ProcessPoolExecutor(int(os.environ.get("JOBS", "2"))) as pool:
        results = list(pool.map(one, CODECS))
    out = []
    w = out.append
    w("/* codec_cjk_tables.c — GENERATED by tools/gen_cjk_tables.py from glibc's iconv and CPython 3.11's")
    w(" * CJK codecs: which bytes are a character alone, and where iconv's answer is not CPython's")
    w(" * (each list sorted by key; decode: bytes -> code points, TR_CJK_NONE undefined (then the")
    w(" * length of the error if not 1); encode: code")
    w(" * point -> bytes, 0 none; pairs: two code points -> bytes).  Do not edit. */")
    w('#include "codecs.h"')
    w("")
    for (name, icname, kind), (_, single, invalid, decfix, encfix, pairs) in zip(CODECS, results):
        for tag, flags in (("single", single), ("invalid", invalid)):
            if any(flags):
                bits = [sum(1 << k for k in range(8) if flags[i * 8 + k]) for i in range(32)]
                w("static const uint8_t %s_%s[32] = {%s};" % (tag, name, ", ".join("0x%02x" % x for x in bits)))
        for tag, rows in (("dec", [(k, "0x%x" % ord(v[0]) if isinstance(v, str) else "TR_CJK_NONE",
                                    "0x%x" % ord(v[1]) if isinstance(v, str) and len(v) > 1 else "%d" % v if isinstance(v, int) else "0")
                                   for k, v in sorted(decfix)]),
                          ("enc", [(k, "0x%x" % v, "0") for k, v in encfix]),
                          ("pair", [(a, "0x%x" % b, "0x%x" % s) for a, b, s in sorted(pairs)])):
            if not rows:
                continue
            w("static const TrCjkFix %s_%s[] = {" % (tag, name))
            line = ""
            for k, a, b in rows:
                item = "{0x%x, %s, %s}," % (k, a, b)
                if len(line) + len(item) > 100:
                    w("    " + line.rstrip())
                    line = ""
                line += item + " "
            w("    " + line.rstrip())
            w("};")
    w("")
    w("#define FIX(tag, name) tag##_##name, sizeof tag##_##name / sizeof(TrCjkFix)")
    w("const TrCjk tr_cjks[] = {")
    kinds = {"2": "TR_CJK_DOUBLE", "gb18030": "TR_CJK_GB18030", "euc3": "TR_CJK_EUC3", "euckr": "TR_CJK_EUCKR"}
    for (name, icname, kind), (_, single, invalid, decfix, encfix, pairs) in zip(CODECS, results):
        fields = ['"%s"' % name, '"%s"' % icname, '"%s"' % FALLBACK[name] if name in FALLBACK else "NULL",
                  kinds[kind], "single_" + name, "invalid_" + name if any(invalid) else "NULL"]
        for tag, rows in (("dec", decfix), ("enc", encfix), ("pair", pairs)):
            fields.append("FIX(%s, %s)" % (tag, name) if rows else "NULL, 0")
        w("    {%s}," % ", ".join(fields))
    w("};")
    w("const size_t tr_ncjks = sizeof tr_cjks / sizeof tr_cjks[0];")
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "runtime", "codec_cjk_tables.c")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")
    for (name, _, _), (_, _, _, decfix, encfix, pairs) in zip(CODECS, results):
        print(name, "decode fix-ups", len(decfix), "encode fix-ups", len(encfix), "pairs", len(pairs), file=sys.stderr)


if __name__ == "__main__":
    main()
