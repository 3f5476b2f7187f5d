# repr(float): the shortest string that reads back, for normal values (15-digit fast path), subnormals and edge cases
import random
import struct

values = [0.0, -0.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e16, 1e15, 1e-5, 1e-4, 1.5, 123456789.125, 0.1 + 0.2,
          4.35, 1e22, 1e23, 9007199254740993.0, 1.7976931348623157e308, 2.2250738585072014e-308,
          2.225073858507201e-308, 5e-324, 1e-320, 2.0 ** -1074 * 12345, 123456789012345.6, 1234567890123456.7,
          0.30000000000000004, 100.0, 2.5e-5, 1 / 7, 2.0 ** 52 + 0.5, 9.999999999999999e22]
for v in values:
    print(repr(v), repr(-v), str(v), f"{v}")
rng = random.Random(11)
samples = []
for i in range(3000):
    samples.append(rng.random() * 10.0 ** rng.randint(-40, 40))
    samples.append(struct.unpack("<d", struct.pack("<Q", rng.getrandbits(63)))[0])
    samples.append(struct.unpack("<d", struct.pack("<Q", rng.getrandbits(52)))[0])  # subnormal
ok = 0
for v in samples:
    text = repr(v)
    if float(text) == v:
        ok += 1
print(ok, len(samples))
print(samples[:12])
print(sum(len(repr(v)) for v in samples))
