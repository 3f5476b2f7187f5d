# random.seed with every supported seed type, long sequences and the generator state:
# the numbers must be CPython 3.11's exactly.
import random


def digest(values):
    # a cheap order-sensitive checksum of many draws
    h = 0
    for v in values:
        h = (h * 1000003 + hash(v)) % (2 ** 61 - 1)
    return h


seeds = [0, 1, 42, -1, -42, 2 ** 32 - 1, 2 ** 32, 2 ** 64 + 5, -(2 ** 100) + 3, 10 ** 40,
         True, False, 3.5, -1.5, 0.0, 1e300, float("inf"),
         "", "a", "hello", "héllo wörld ✓", "x" * 200,
         b"", b"hello", b"\x00\xff" * 70, bytearray(b"hello"), None]
for s in seeds:
    random.seed(s)
    if s is None:
        x = random.random()
        print("None", 0.0 <= x < 1.0)
        continue
    print(repr(s)[:40], random.random(), random.random(), random.getrandbits(70))

# version 1 seeding of str and bytes
for s in ["", "abc", "héllo", b"abc", b""]:
    random.seed(s, version=1)
    print("v1", repr(s), random.random())
random.seed("abc", 2)
print("v2 positional", random.random())

# long sequences
random.seed(12345)
print(sum(random.random() for _ in range(10000)))
random.seed(2024)
print(digest(random.random() for _ in range(5000)))
random.seed(7)
print(digest(random.getrandbits(k) for k in range(300)))
random.seed(99)
print([random.getrandbits(k) for k in (0, 1, 2, 31, 32, 33, 63, 64, 65, 96, 127, 128, 129)])
print(random.getrandbits(1000))

# the same seed twice gives the same sequence; the instance and module agree
random.seed(5)
a = [random.random() for _ in range(5)]
random.seed(5)
b = [random.random() for _ in range(5)]
print(a == b, a)
r = random.Random(5)
print([r.random() for _ in range(5)] == a)

# getstate / setstate
random.seed(31337)
state = random.getstate()
print(state[0], len(state[1]), state[1][-1], state[1][:3], state[2])
first = [random.random() for _ in range(700)]
random.setstate(state)
print(first == [random.random() for _ in range(700)])
random.seed(1)
random.gauss()
st = random.getstate()
print(st[2])
g1 = random.gauss()
random.setstate(st)
print(random.gauss() == g1)
# version 2 states hold signed ints
v3 = random.getstate()
v2 = (2, tuple(x - 2 ** 32 if x >= 2 ** 31 else x for x in v3[1]), v3[2])
x = random.random()
random.setstate(v2)
print(random.random() == x)

# randbytes
random.seed(8)
print(random.randbytes(0), random.randbytes(1), random.randbytes(5), random.randbytes(16))
print(len(random.randbytes(1000)))

# str seeds of every length around SHA-512's block boundaries
random.seed(0)
print(digest((random.seed("q" * n), random.getrandbits(64))[1] for n in range(0, 260)))
