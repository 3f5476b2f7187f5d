VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not isinstance(n, int):
        raise TypeError("expected int, got %s" % type(n).__name__)
    if not 0 < n < 4000:
        raise ValueError("number out of range (must be 1..3999): %d" % n)
    out = []
    for v, sym in VALUES:
        while n >= v:
            out.append(sym)
            n -= v
    return "".join(out)
def from_roman(s):
    table = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total, prev = 0, 0
    for ch in reversed(s.upper()):
        if ch not in table:
            raise ValueError("invalid roman digit %r" % ch)
        v = table[ch]
        total += -v if v < prev else v
        prev = max(prev, v)
    if to_roman(total) != s.upper():
        raise ValueError("non-canonical numeral %r" % s)
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666]:
    r = to_roman(n)
    print("%4d %-12s %4d" % (n, r, from_roman(r)))
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
print(max(range(1, 4000), key=lambda n: (len(to_roman(n)), n)), to_roman(3888))
for bad in [0, 4000, -1, 2.5, "XIIII", "ABC", "IIV", "mcmxciv"]:
    try:
        if isinstance(bad, str):
            print(bad, "->", from_roman(bad))
        else:
            print(bad, "->", to_roman(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
