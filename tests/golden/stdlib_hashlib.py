import hashlib
import hmac

names = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512",
         "blake2b", "blake2s"]
inputs = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 3]
for n in names:
    for data in inputs:
        h = hashlib.new(n, data)
        print(n, len(data), h.hexdigest())
    h = getattr(hashlib, n)()
    print(h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__)

# incremental == one shot, copy
big = bytes((i * 31 + 7) % 256 for i in range(1 << 20))
for n in ["md5", "sha256", "sha512", "sha3_256", "blake2b", "blake2s"]:
    h = hashlib.new(n)
    for i in range(0, len(big), 10000):
        h.update(big[i:i + 10000])
    c = h.copy()
    c.update(b"more")
    print(n, h.hexdigest() == hashlib.new(n, big).hexdigest(), h.hexdigest()[:32], c.hexdigest()[:32])
    print(h.digest() == bytes.fromhex(h.hexdigest()), h.hexdigest() == h.hexdigest())

print(hashlib.md5(b"a").hexdigest(), hashlib.md5(string=b"a").hexdigest(), hashlib.sha256(bytearray(b"abc")).hexdigest())
print(hashlib.sha1(b"abc", usedforsecurity=False).hexdigest(), hashlib.new("sha256", b"x", usedforsecurity=False).hexdigest())
print(hashlib.new("SHA256", b"abc").hexdigest(), hashlib.new("sha256", data=b"abc").name, hashlib.new("SHA512").name)
print(hashlib.sha256(memoryview(b"abc")).hexdigest())
print(hashlib.md5(b"abc").digest())

s = hashlib.shake_128(b"abc")
print(s.name, s.digest_size, s.block_size, type(s).__name__, s.hexdigest(16), s.digest(5), s.hexdigest(0))
s = hashlib.shake_256(b"")
print(s.hexdigest(40))
print(hashlib.new("shake_128", b"abc").hexdigest(20))

print(hashlib.blake2b(b"abc", digest_size=20).hexdigest())
print(hashlib.blake2b(digest_size=32).hexdigest(), hashlib.blake2b(digest_size=32).digest_size)
print(hashlib.blake2s(b"abc", digest_size=16).hexdigest())
print(hashlib.blake2b(b"msg", key=b"secret key").hexdigest())
print(hashlib.blake2s(b"msg", key=b"k" * 32, salt=b"salt", person=b"me").hexdigest())
print(hashlib.blake2b(b"msg", salt=b"s" * 16, person=b"p" * 16, digest_size=10).hexdigest())
print(hashlib.new("blake2b", b"abc", digest_size=8).hexdigest(), hashlib.new("blake2s", b"abc").hexdigest())
print(hashlib.blake2b(b"x" * 128).hexdigest()[:40], hashlib.blake2s(b"x" * 64).hexdigest()[:40])
print(hashlib.blake2b(b"x" * 129).hexdigest()[:40], hashlib.blake2s(b"x" * 65).hexdigest()[:40])
print(hashlib.blake2b.__name__, hashlib.blake2s.__name__)

print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
for n in sorted(hashlib.algorithms_guaranteed):
    if not n.startswith("shake"):
        print(n, hashlib.new(n, b"guaranteed").hexdigest()[:16])

print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 4096, 20).hex())
print(hashlib.pbkdf2_hmac("sha512", b"pw", b"NaCl", 1000, dklen=64).hex())
print(hashlib.pbkdf2_hmac(hash_name="md5", password=bytearray(b"p"), salt=b"", iterations=2).hex())

def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

err(hashlib.md5, "text")
err(hashlib.sha256, 42)
err(hashlib.sha256().update, "text")
err(hashlib.sha256().update, None)
err(hashlib.new, "sha256", "text")
err(hashlib.new, "foo")
err(hashlib.new, "nope", b"x")
err(hashlib.new, 5)
err(hashlib.blake2b, "text")
err(hashlib.blake2b, 3)
err(hashlib.blake2b, digest_size=65)
err(hashlib.blake2b, digest_size=0)
err(hashlib.blake2s, digest_size=33)
err(hashlib.blake2b, key=b"k" * 65)
err(hashlib.blake2s, key=b"k" * 33)
err(hashlib.blake2b, salt=b"s" * 17)
err(hashlib.blake2s, salt=b"s" * 9)
err(hashlib.blake2b, person=b"p" * 17)
err(hashlib.pbkdf2_hmac, "foo", b"p", b"s", 1)
err(hashlib.pbkdf2_hmac, "sha256", b"p", b"s", 0)
err(hashlib.pbkdf2_hmac, "sha256", b"p", b"s", 1, 0)
err(hashlib.pbkdf2_hmac, "sha256", "p", b"s", 1)
err(hashlib.pbkdf2_hmac, "sha256", b"p", b"s", 1.5)
err(hashlib.shake_128(b"").hexdigest)

# hmac
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", "md5").hexdigest())
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", hashlib.sha256).hexdigest())
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", digestmod="sha1").hexdigest())
h = hmac.new(b"k" * 200, digestmod="sha512")
h.update(b"part one ")
c = h.copy()
h.update(b"part two")
print(h.name, h.digest_size, h.block_size, h.hexdigest()[:40], c.hexdigest()[:40])
print(hmac.new(b"k", b"m", "sha256").digest() == hmac.digest(b"k", b"m", "sha256"))
print(hmac.digest(b"k", b"m", "sha3_256").hex())
h = hmac.new(b"k", digestmod=hashlib.blake2s)
print(h.name, h.hexdigest(), h.block_size, h.digest_size)
h = hmac.HMAC(b"secret", b"msg", digestmod="sha224")
print(h.name, h.hexdigest(), type(h).__name__)
print(hmac.new(bytearray(b"k"), b"", "md5").hexdigest())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest("abc", "abc"),
      hmac.compare_digest(b"a", b"ab"), hmac.compare_digest(bytearray(b"x"), b"x"))
err(hmac.new, b"k")
err(hmac.new, "k", b"m", "sha256")
err(hmac.compare_digest, "a", b"a")
err(hmac.compare_digest, "\xe9", "\xe9")
err(hmac.compare_digest, 1, 2)
err(hmac.new(b"k", digestmod="sha256").update, "x")
err(hmac.new, b"k", b"m", "nope")
err(hmac.digest, b"k", b"m", "nope")
print(hashlib.md5, hashlib.sha3_256.__name__, hashlib.blake2b, hashlib.blake2s.__name__)
