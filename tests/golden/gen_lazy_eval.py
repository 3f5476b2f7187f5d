log = []
def source(n):
    for i in range(n):
        log.append("produce %d" % i)
        yield i
def doubled(it):
    for x in it:
        log.append("double %d" % x)
        yield x * 2
pipeline = doubled(source(3))
print(log)
print(next(pipeline), log)
print(list(pipeline))
print(log)
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
ps = primes()
print([next(ps) for _ in range(10)])
gen = (x * x for x in range(4))
print(sum(gen), sum(gen))
print(list(enumerate(source(2))), len(log))
