# secrets: tokens and random choices (random, so their properties are printed, not
# their values), compare_digest, and the errors CPython gives.
import secrets
import string

print(sorted(secrets.__all__), secrets.DEFAULT_ENTROPY)
print(type(secrets.token_bytes()).__name__, len(secrets.token_bytes()), len(secrets.token_bytes(5)),
      secrets.token_bytes(0))
h = secrets.token_hex()
print(len(h), all(c in '0123456789abcdef' for c in h), len(secrets.token_hex(3)), repr(secrets.token_hex(0)))
for n in (None, 0, 1, 2, 3, 16, 33):
    t = secrets.token_urlsafe(n)
    print(n, len(t), all(c in string.ascii_letters + string.digits + '-_' for c in t))
print(len({secrets.token_hex(16) for _ in range(100)}))
draws = [secrets.randbelow(10) for _ in range(2000)]
print(min(draws) >= 0, max(draws) <= 9, len(set(draws)) == 10, secrets.randbelow(1))
bits = [secrets.randbits(8) for _ in range(500)]
print(all(0 <= b < 256 for b in bits), secrets.randbits(0), secrets.randbits(100) < 1 << 100)
alphabet = string.ascii_letters + string.digits
password = ''.join(secrets.choice(alphabet) for i in range(20))
print(len(password), all(c in alphabet for c in password), secrets.choice('x'), secrets.choice([None]))
print(isinstance(secrets.SystemRandom(), secrets.SystemRandom), 0 <= secrets.SystemRandom().random() < 1)
print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest(b'abc', b'abd'),
      secrets.compare_digest(b'', b''), secrets.compare_digest(bytearray(b'a'), b'a'))
for label, call in [
    ('randbelow 0', lambda: secrets.randbelow(0)),
    ('randbelow -5', lambda: secrets.randbelow(-5)),
    ('randbits -1', lambda: secrets.randbits(-1)),
    ('choice empty', lambda: secrets.choice([])),
    ('token_bytes -1', lambda: secrets.token_bytes(-1)),
    ('compare mixed', lambda: secrets.compare_digest('a', b'a')),
    ('compare non-ascii', lambda: secrets.compare_digest('\xe9', '\xe9')),
]:
    try:
        print(label, call())
    except (ValueError, TypeError, IndexError) as e:
        print(label, type(e).__name__, e)
