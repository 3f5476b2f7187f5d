# Dicts across the index widths (int8 up to 128 slots, int16 up to 2^15, int32 beyond):
# inserts, deletes, re-inserts and lookups at sizes around each boundary (21845 entries
# need 2^16 slots).  Small enough for the run suite's GC stress.
for n in (5, 84, 85, 86, 170, 171, 21845):
    d = {}
    for i in range(n):
        d[i * 7919] = i
    for i in range(0, n, 3):
        del d[i * 7919]
    for i in range(0, n, 6):
        d[i * 7919] = -i
    missing = sum(1 for i in range(n) if (i * 7919 in d) != (i % 3 != 0 or i % 6 == 0))
    total = sum(d.values())
    keys = list(d)
    print(n, len(d), missing, total, keys[:3], keys[-3:], d.get(7919), d.get(-1))
s = {str(i): i for i in range(300)}
for i in range(0, 300, 2):
    s.pop(str(i))
print(len(s), list(s.items())[:4], sum(s.values()))
c = dict(s)
c.update({"x": 1})
print(len(c), c["299"], "0" in c, "x" in c)
