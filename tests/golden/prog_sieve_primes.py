def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [k for k, p in enumerate(is_p) if p]
primes = sieve(10000)
print(len(primes), primes[:15], primes[-5:], sum(primes))
twins = [(p, p + 2) for p, q in zip(primes, primes[1:]) if q == p + 2]
print(len(twins), twins[:6], twins[-1])
gaps = {}
for p, q in zip(primes, primes[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print(sorted(gaps.items())[:8], max(gaps))
def factorize(n):
    out = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            out.append(p)
            n //= p
    if n > 1:
        out.append(n)
    return out
for n in [360, 9973, 123456789, 2 ** 31 - 1, 600851475143, 1001]:
    f = factorize(n)
    print(n, f, "prime" if f == [n] else "composite")
goldbach = {n: next_pair for n in range(4, 41, 2) for next_pair in [min((p, n - p) for p in primes if p <= n - p and (n - p) in set(primes[:20]))]}
print(goldbach)
