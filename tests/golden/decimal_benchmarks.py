# decimal: the computations of pyperformance's decimal programs, small: pi by series at
# precisions 9 and 19, telco's rounding of prices and taxes, factorial at MAX_PREC
import decimal
from decimal import ROUND_HALF_EVEN, ROUND_DOWN, Decimal, getcontext, Context


def pi_decimal():
    D = decimal.Decimal
    lasts, t, s, n, na, d, da = D(0), D(3), D(3), D(1), D(0), D(0), D(24)
    while s != lasts:
        lasts = s
        n, na = n + na, na + 8
        d, da = d + da, da + 32
        t = (t * n) / d
        s += t
    return s


for prec in [9, 19, 50]:
    getcontext().prec = prec
    print(prec, pi_decimal())

getcontext().prec = 28
getcontext().rounding = ROUND_DOWN
rates = list(map(Decimal, ('0.0013', '0.00894')))
twodig = Decimal('0.01')
Banker = Context(rounding=ROUND_HALF_EVEN)
basictax = Decimal("0.0675")
disttax = Decimal("0.0341")
sumT = sumB = sumD = Decimal("0")
for n in [1, 17, 250, 999, 12345, 54321, 7654321, 2 ** 40 + 3]:
    calltype = n & 1
    p = Banker.quantize(rates[calltype] * n, twodig)
    b = (p * basictax).quantize(twodig)
    sumB += b
    t = p + b
    if calltype:
        d = (p * disttax).quantize(twodig)
        sumD += d
        t += d
    sumT += t
    print(n, p, b, t)
print(sumT, sumB, sumD)


def factorial(n, m):
    if n > m:
        return factorial(m, n)
    elif m == 0:
        return 1
    elif n == m:
        return n
    else:
        return factorial(n, (n + m) // 2) * factorial((n + m) // 2 + 1, m)


c = getcontext()
c.prec = decimal.MAX_PREC
c.Emax = decimal.MAX_EMAX
c.Emin = decimal.MIN_EMIN
f = factorial(Decimal(1000), 0)
print(f.adjusted(), str(f)[:40], f.as_tuple().exponent, f % 1000003)
print(factorial(Decimal(30), 0), Decimal(2) ** 200)
