def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)
for i in range(3):
    pass
else:
    print("loop done, i =", i)
primes = []
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)
for ch in "abc":
    if ch == "b":
        continue
    print(ch)
else:
    print("else after continue")
for x in []:
    print("never")
else:
    print("empty else")
