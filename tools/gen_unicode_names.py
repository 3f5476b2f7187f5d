#!/usr/bin/python3
# gen_unicode_names.py — writes stdlib/unicodedata/uniname_db.c, the Unicode character name table
# of `\N{...}` escapes, taken from the running CPython (3.11: Unicode 14.0) so that the
# names, and the aliases its `\N{...}` accepts, are exactly CPython's.
# Usage: tools/gen_unicode_names.py
#
# Encoding (uniname.h declares the arrays, uniname.c reads them; both beside uniname_db.c):
#  - lexicon: every distinct word of the names, most frequent first, each word's last
#    character with bit 7 set; a word's code is its index.
#  - word codes: code < SHORT is one byte; otherwise two bytes,
#    SHORT + (code - SHORT) // 256 and (code - SHORT) % 256.
#  - phrasebook: one entry per named code point, in code point order (the code points
#    are the runs of tr_uniname_runs): a byte (shared << 4 | new) then `new` word codes;
#    the name is the first `shared` words of the previous entry's name followed by them.
#  - aliases (CPython's NameAliases, which `\N{...}` accepts): per alias three bytes of
#    code point (big-endian), a byte of word count, the word codes.
#  - names PREFIX-XXXX whose hex suffix is the code point itself (CJK COMPATIBILITY
#    IDEOGRAPH-F900, NUSHU CHARACTER-1B170, ...) are ranges with their prefix instead;
#    CJK UNIFIED IDEOGRAPH-XXXX and HANGUL SYLLABLE names are algorithmic in CPython's
#    lookup too (its ranges of unified ideographs are written here).
import collections
import ctypes
import os
import sys
import unicodedata


def cpython_aliases():
    """(alias, code point) of CPython's name aliases: unicodedata keeps them at private
    code points 0xF0000.. that only its C API (the capsule the codecs use) names."""
    get_pointer = ctypes.pythonapi.PyCapsule_GetPointer
    get_pointer.restype = ctypes.c_void_p
    get_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
    capi = get_pointer(unicodedata._ucnhash_CAPI, b"unicodedata._ucnhash_CAPI")
    fns = (ctypes.c_void_p * 2).from_address(capi)
    getname = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_int, ctypes.c_int)(fns[0])
    getcode = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_char_p, ctypes.c_int,
                               ctypes.POINTER(ctypes.c_uint32), ctypes.c_int)(fns[1])
    buf = ctypes.create_string_buffer(256)
    out = []
    for private in range(0xF0000, 0xF0200):  # aliases; named sequences start at 0xF0200
        if not getname(private, buf, 256, 1):
            continue
        code = ctypes.c_uint32()
        # with_named_seq=0, as the unicode-escape codec calls it
        assert getcode(buf.value, len(buf.value), ctypes.byref(code), 0)
        name = buf.value.decode()
        assert unicodedata.lookup(name) == chr(code.value)
        out.append((name, code.value))
    return out


def main():
    names, hex_ranges, unified = {}, [], []
    for cp in range(0x110000):
        n = unicodedata.name(chr(cp), None)
        if n is None or n.startswith("HANGUL SYLLABLE "):
            continue
        if n.startswith("CJK UNIFIED IDEOGRAPH-"):
            if unified and unified[-1][1] == cp - 1:
                unified[-1][1] = cp
            else:
                unified.append([cp, cp])
            continue
        prefix, _, suffix = n.rpartition("-")
        if prefix and suffix == "%04X" % cp:
            r = hex_ranges[-1] if hex_ranges else None
            if r and r[1] == cp - 1 and r[2] == prefix:
                r[1] = cp
            else:
                hex_ranges.append([cp, cp, prefix])
            continue
        names[cp] = n.split(" ")
    aliases = cpython_aliases()
    assert all(w for ws in names.values() for w in ws)

    freq = collections.Counter(w for ws in names.values() for w in ws)
    freq.update(w for a, _ in aliases for w in a.split(" "))
    words = [w for w, _ in sorted(freq.items(), key=lambda x: (-x[1], x[0]))]
    code = {w: i for i, w in enumerate(words)}
    total = sum(freq.values())
    best = None
    for short in range(1, 256):  # one-byte codes below `short`, two bytes from there on
        if (256 - short) * 256 < len(words) - short:
            break
        size = sum(freq[w] * (1 if code[w] < short else 2) for w in words)
        if best is None or size < best[0]:
            best = (size, short)
    short = best[1]

    def codes(ws):
        out = []
        for w in ws:
            c = code[w]
            out += [c] if c < short else [short + (c - short) // 256, (c - short) % 256]
        return out

    lexicon = []
    for w in words:
        b = list(w.encode("ascii"))
        b[-1] |= 0x80
        lexicon += b
    phrases, runs, prev = [], [], []
    for cp in sorted(names):
        ws = names[cp]
        if runs and runs[-1][0] + runs[-1][1] == cp:
            runs[-1][1] += 1
        else:
            runs.append([cp, 1])
        shared = 0
        while shared < min(len(ws), len(prev), 15) and ws[shared] == prev[shared]:
            shared += 1
        assert len(ws) - shared < 16
        phrases += [shared << 4 | (len(ws) - shared)] + codes(ws[shared:])
        prev = ws
    alias_bytes = []
    for a, cp in aliases:
        ws = a.split(" ")
        alias_bytes += [cp >> 16, cp >> 8 & 0xFF, cp & 0xFF, len(ws)] + codes(ws)
    longest = max([len(" ".join(ws)) for ws in names.values()] + [len(a) for a, _ in aliases] +
                  [len(p) + 6 for _, _, p in hex_ranges])

    def array(ctype, name, values, per_line=24):
        lines = [f"const {ctype} {name}[{len(values)}] = {{"]
        for i in range(0, len(values), per_line):
            lines.append("    " + ",".join(str(v) for v in values[i:i + per_line]) + ",")
        lines.append("};")
        return "\n".join(lines)

    out = [
        "/* uniname_db.c — GENERATED by tools/gen_unicode_names.py from CPython "
        f"{sys.version.split()[0]} (Unicode {unicodedata.unidata_version}); do not edit.",
        " * The Unicode character names and name aliases of \\N{...} escapes, word-coded",
        " * (the generator explains the encoding). */",
        '#include "uniname.h"',
        "",
        f"const unsigned tr_uniname_short = {short}, tr_uniname_nwords = {len(words)};",
        f"const unsigned tr_uniname_longest = {longest};",
        array("unsigned char", "tr_uniname_lexicon", lexicon, 32),
        array("unsigned char", "tr_uniname_phrases", phrases, 32),
        f"const uint32_t tr_uniname_runs[{len(runs)}][2] = {{",
        *(f"    {{0x{a:X}, {n}}}," for a, n in runs),
        "};",
        f"const unsigned tr_uniname_nruns = {len(runs)};",
        array("unsigned char", "tr_uniname_aliases", alias_bytes, 32),
        f"const unsigned tr_uniname_naliases = {len(aliases)};",
        f"const TrUninameHexRange tr_uniname_hex[{len(hex_ranges)}] = {{",
        *(f'    {{0x{a:X}, 0x{b:X}, "{p}-"}},' for a, b, p in hex_ranges),
        "};",
        f"const unsigned tr_uniname_nhex = {len(hex_ranges)};",
        f"const uint32_t tr_uniname_unified[{len(unified)}][2] = {{",
        *(f"    {{0x{a:X}, 0x{b:X}}}," for a, b in unified),
        "};",
        f"const unsigned tr_uniname_nunified = {len(unified)};",
    ]
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "stdlib", "unicodedata", "uniname_db.c")
    with open(path, "w") as fh:
        fh.write("\n".join(out) + "\n")
    print(f"{len(names)} names in {len(runs)} runs, {len(aliases)} aliases, {len(hex_ranges)} hex ranges, "
          f"{len(words)} words ({short} one-byte codes): lexicon {len(lexicon)} B, phrasebook {len(phrases)} B, "
          f"aliases {len(alias_bytes)} B")


main()
