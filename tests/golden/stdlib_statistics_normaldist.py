# statistics.NormalDist: construction, pdf/cdf/inv_cdf (Wichura's AS 241), quantiles,
# overlap, zscore, arithmetic, equality and hashing, seeded samples.
from statistics import NormalDist, StatisticsError

n = NormalDist()
print(n, repr(NormalDist(100, 15)), NormalDist(mu=1, sigma=0))
print(n.mean, n.median, n.mode, n.stdev, n.variance)
iq = NormalDist(100, 15)
print(iq.pdf(100), iq.pdf(130), iq.cdf(130), iq.cdf(70), iq.zscore(130))
print(iq.inv_cdf(0.5), iq.inv_cdf(0.975), iq.inv_cdf(0.01), iq.inv_cdf(1e-10), iq.inv_cdf(0.9999999))
print(n.inv_cdf(0.3), n.inv_cdf(0.02), n.inv_cdf(1e-300))
print(iq.quantiles(), [round(q, 4) for q in n.quantiles(10)], n.quantiles(1))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)))
print(NormalDist(0, 1).overlap(NormalDist(1, 1)), NormalDist(5, 2).overlap(NormalDist(5, 2)))
a, b = NormalDist(10, 3), NormalDist(4, 4)
print(a + b, a - b, a + 5, 5 + a, a - 5, 20 - a, a * 2, 2 * a, a * -2, a / 4, a / -2, -a, +a)
print(a == NormalDist(10.0, 3.0), a == b, a != b, a == 10, hash(a) == hash(NormalDist(10, 3)))
print(len({a, NormalDist(10, 3), b}))
f = NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75])
print(f, round(f.mean, 6), round(f.stdev, 6), type(f).__name__)
print(NormalDist.from_samples(iter([1, 2, 3, 4])))
s = NormalDist(7, 2).samples(1000, seed=8675309)
print(len(s), all(isinstance(x, float) for x in s), s == NormalDist(7, 2).samples(1000, seed=8675309))
print(round(NormalDist.from_samples(s).mean, 1), round(NormalDist.from_samples(s).stdev, 1))
print(len(NormalDist().samples(3)), n.samples(0))
print(a.__getstate__())
c = NormalDist()
c.__setstate__((1.5, 2.5))
print(c)
try:
    a.other = 1
except AttributeError:
    print('no new attributes')
for label, call in [
    ('sigma<0', lambda: NormalDist(0, -1)),
    ('pdf', lambda: NormalDist(1, 0).pdf(1)),
    ('cdf', lambda: NormalDist(1, 0).cdf(1)),
    ('zscore', lambda: NormalDist(1, 0).zscore(1)),
    ('inv_cdf 0', lambda: n.inv_cdf(0)),
    ('inv_cdf 1', lambda: n.inv_cdf(1.0)),
    ('inv_cdf sigma 0', lambda: NormalDist(1, 0).inv_cdf(0.5)),
    ('overlap type', lambda: n.overlap(3)),
    ('overlap sigma 0', lambda: n.overlap(NormalDist(1, 0))),
    ('from_samples', lambda: NormalDist.from_samples([1])),
]:
    try:
        call()
    except (StatisticsError, TypeError) as e:
        print(label, type(e).__name__, e)
