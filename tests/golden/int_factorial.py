def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

def fact_rec(n):
    return 1 if n <= 1 else n * fact_rec(n - 1)

for n in [0, 1, 5, 10, 20, 21, 25, 30, 50]:
    print(n, fact(n))
print(fact(100))
print(fact_rec(60) == fact(60))
print(len(str(fact(200))))
print(fact(30) // fact(28))
s = str(fact(100))
print(sum(int(c) for c in s))
print(s.count("0"), len(s) - len(s.rstrip("0")))
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(90), fib(91), fib(200))
print(fib(300) % 1000000007)
