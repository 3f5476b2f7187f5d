def rle_encode(s):
    if not s:
        return ""
    out, prev, count = [], s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append("%d%s" % (count, prev))
            prev, count = ch, 1
    out.append("%d%s" % (count, prev))
    return "".join(out)
def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            if not num:
                raise ValueError("missing count before %r" % ch)
            out.append(ch * int(num))
            num = ""
    if num:
        raise ValueError("dangling count %r" % num)
    return "".join(out)
samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "zz"]
for s in samples:
    e = rle_encode(s)
    print(repr(e), len(s), len(e), rle_decode(e) == s)
for bad in ["3a2", "a3b", "12"]:
    try:
        rle_decode(bad)
    except ValueError as err:
        print("ValueError:", err)
def lzw_compress(text):
    table = {chr(i): i for i in range(256)}
    w, out = "", []
    for c in text:
        wc = w + c
        if wc in table:
            w = wc
        else:
            out.append(table[w])
            table[wc] = len(table)
            w = c
    if w:
        out.append(table[w])
    return out
def lzw_decompress(codes):
    table = {i: chr(i) for i in range(256)}
    w = chr(codes[0])
    out = [w]
    for k in codes[1:]:
        entry = table[k] if k in table else w + w[0]
        out.append(entry)
        table[len(table)] = w + entry[0]
        w = entry
    return "".join(out)
text = "TOBEORNOTTOBEORTOBEORNOT"
codes = lzw_compress(text)
print(codes, len(text), len(codes), lzw_decompress(codes) == text)
