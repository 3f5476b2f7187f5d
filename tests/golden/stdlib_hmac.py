# hmac: RFC 2202 (md5, sha1) and RFC 4231 (sha224..sha512) test vectors, the same keys
# and messages over sha3_* and blake2b/s, every way of naming digestmod, copy/update
# independence, the attributes, the one-shot digest() and compare_digest's errors.
import hashlib
import hmac

def err(f, *a, **k):
    try:
        f(*a, **k)
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)

RFC2202 = [
    (b"\x0b" * 16, b"Hi There"),
    (b"Jefe", b"what do ya want for nothing?"),
    (b"\xaa" * 16, b"\xdd" * 50),
    (bytes(range(1, 26)), b"\xcd" * 50),
    (b"\x0c" * 16, b"Test With Truncation"),
    (b"\xaa" * 80, b"Test Using Larger Than Block-Size Key - Hash Key First"),
    (b"\xaa" * 80, b"Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data"),
]
RFC4231 = [
    (b"\x0b" * 20, b"Hi There"),
    (b"Jefe", b"what do ya want for nothing?"),
    (b"\xaa" * 20, b"\xdd" * 50),
    (bytes(range(1, 26)), b"\xcd" * 50),
    (b"\x0c" * 20, b"Test With Truncation"),
    (b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First"),
    (b"\xaa" * 131, b"This is a test using a larger than block-size key and a larger than "
                    b"block-size data. The key needs to be hashed before being used by the HMAC algorithm."),
]

for name in ["md5", "sha1"]:
    for key, msg in RFC2202:
        print(name, hmac.new(key, msg, name).hexdigest())
for name in ["sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512",
             "blake2b", "blake2s"]:
    for key, msg in RFC4231:
        h = hmac.new(key, msg, name)
        print(name, h.name, h.digest_size, h.block_size, h.hexdigest())

# digestmod as a string, a constructor, a module with new(), a lambda
print(hmac.new(b"k", b"m", "sha256").hexdigest() == hmac.new(b"k", b"m", hashlib.sha256).hexdigest()
      == hmac.new(b"k", b"m", lambda d=b"": hashlib.sha256(d)).hexdigest())
print(hmac.new(b"k", b"m", hashlib.md5).name, hmac.HMAC(b"k", digestmod=hashlib.sha1).name)
print(hmac.new(b"k", b"m", "SHA256").hexdigest() == hmac.new(b"k", b"m", "sha256").hexdigest())

# update in pieces equals one message; copy() is independent
h = hmac.new(b"key", digestmod="sha256")
h.update(b"hello ")
c = h.copy()
h.update(b"world")
c.update(bytearray(b"there"))
print(h.hexdigest(), hmac.new(b"key", b"hello world", "sha256").hexdigest() == h.hexdigest())
print(c.hexdigest(), hmac.new(b"key", b"hello there", "sha256").hexdigest() == c.hexdigest())
print(h.digest() == h.digest(), type(h.digest()).__name__, len(h.hexdigest()))
h.update(memoryview(b"!"))
print(h.hexdigest() == hmac.new(b"key", b"hello world!", "sha256").hexdigest())
print(type(h).__name__, isinstance(h, hmac.HMAC), hmac.HMAC.__name__)
print(hmac.new(b"", b"", "md5").hexdigest(), hmac.new(bytearray(b"k"), None, "sha1").hexdigest())

# the one-shot function
for name in ["md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b"]:
    print("digest", name, hmac.digest(b"Jefe", b"what do ya want for nothing?", name).hex())
print(hmac.digest(b"k", b"m", hashlib.sha384) == hmac.new(b"k", b"m", "sha384").digest())
print(hmac.digest(key=b"k", msg=b"m", digest="sha224").hex())

# compare_digest
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest(b"", b""),
      hmac.compare_digest("abc", "abc"), hmac.compare_digest("abc", "ab"), hmac.compare_digest(bytearray(b"q"), b"q"),
      hmac.compare_digest(memoryview(b"xy"), bytearray(b"xy")))
err(hmac.compare_digest, "a", b"a")
err(hmac.compare_digest, b"a", "a")
err(hmac.compare_digest, "\xe9", "\xe9")
err(hmac.compare_digest, 1, 2)
err(hmac.compare_digest, b"a", 2)
err(hmac.compare_digest, b"a")

# errors
err(hmac.new, b"k")
err(hmac.new, b"k", b"m")
err(hmac.new, b"k", b"m", None)
err(hmac.new, b"k", b"m", "")
err(hmac.HMAC, b"k")
err(hmac.new, "k", b"m", "sha256")
err(hmac.new, 5, b"m", "sha256")
err(hmac.new, b"k", "m", "sha256")
err(hmac.new(b"k", digestmod="sha256").update, "x")
err(hmac.new(b"k", digestmod="sha256").update, 3)
err(hmac.new, b"k", b"m", "nope")
err(hmac.digest, b"k", b"m", "nope")
err(hmac.digest, b"k", b"m")
err(hmac.digest, b"k")
err(hmac.new)
err(hmac.HMAC)
err(hmac.new, b"k", b"m", "md5", 4)
err(hmac.HMAC, b"k", b"m", "md5", 4)
err(hmac.HMAC, b"k", b"m", "md5", digestmod="md5")
err(hmac.HMAC, b"k", bogus=1)
print(hmac.HMAC(key=b"k", msg=b"m", digestmod="md5").hexdigest() == hmac.new(b"k", b"m", "md5").hexdigest())
