# bz2 and lzma decompressor objects fed in chunks with small max_length values: the
# size of every returned piece, eof, needs_input and unused_data after each call
# follow CPython's buffer rules exactly.
import bz2
import lzma

data = b"".join(b"%d:%s\n" % (i, b"x" * (i % 37)) for i in range(3000))
streams = {
    "bz2": (bz2.compress(data, 1) + b"tail", bz2.BZ2Decompressor),
    "xz": (lzma.compress(data, preset=1) + b"tail", lzma.LZMADecompressor),
    "alone": (lzma.compress(data, format=lzma.FORMAT_ALONE, preset=0), lambda: lzma.LZMADecompressor(lzma.FORMAT_ALONE)),
}
for label, (blob, make) in streams.items():
    for chunk, limit in ((1000, 100), (50, 5000), (len(blob), 1), (7, 0), (4096, -1), (300, 8192)):
        d = make()
        sizes = []
        states = set()
        out = []
        pos = 0
        calls = 0
        while not d.eof and calls < 100000:
            calls += 1
            if d.needs_input:
                if pos >= len(blob):
                    break
                piece = blob[pos:pos + chunk]
                pos += chunk
            else:
                piece = b""
            try:
                got = d.decompress(piece, limit)
            except lzma.LZMAError as e:
                print(label, chunk, limit, calls, type(e).__name__, e)
                break
            out.append(got)
            sizes.append(len(got))
            states.add((d.eof, d.needs_input))
            if limit == 0 and calls > 50:
                break
        joined = b"".join(out)
        print(label, chunk, limit, calls, len(joined), joined == data[:len(joined)], d.eof, d.unused_data,
              sorted(states), sizes[:6], sizes[-3:])
