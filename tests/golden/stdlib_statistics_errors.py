# statistics: the error of every function on empty, short, negative or mistyped data;
# StatisticsError is a ValueError. The last one is left uncaught.
import statistics
from statistics import *
from fractions import Fraction
from decimal import Decimal

print(issubclass(StatisticsError, ValueError), StatisticsError.__mro__[1].__name__)
cases = [
    ('mean', lambda: mean([])),
    ('mean str', lambda: mean(['a', 'b'])),
    ('mean mixed', lambda: mean([Fraction(1), Decimal(1)])),
    ('mean mixed2', lambda: mean([1.5, Decimal(1)])),
    ('fmean', lambda: fmean([])),
    ('fmean iter', lambda: fmean(iter([]))),
    ('fmean weights', lambda: fmean([1, 2], weights=[1])),
    ('fmean weights0', lambda: fmean([1, 2], weights=[1, -1])),
    ('geometric', lambda: geometric_mean([])),
    ('geometric 0', lambda: geometric_mean([1, 0])),
    ('geometric neg', lambda: geometric_mean([4, -1])),
    ('harmonic', lambda: harmonic_mean([])),
    ('harmonic neg', lambda: harmonic_mean([1, -2])),
    ('harmonic neg1', lambda: harmonic_mean([-2])),
    ('harmonic type', lambda: harmonic_mean(['x'])),
    ('harmonic weights', lambda: harmonic_mean([1, 2], weights=[1])),
    ('harmonic neg weight', lambda: harmonic_mean([1, 2], weights=[1, -1])),
    ('harmonic zero weights', lambda: harmonic_mean([1, 2], weights=[0, 0])),
    ('median', lambda: median([])),
    ('median_low', lambda: median_low(iter(()))),
    ('median_high', lambda: median_high([])),
    ('median_grouped', lambda: median_grouped([])),
    ('median_grouped str', lambda: median_grouped(['a'])),
    ('mode', lambda: mode([])),
    ('quantiles n', lambda: quantiles([1, 2], n=0)),
    ('quantiles short', lambda: quantiles([1])),
    ('quantiles method', lambda: quantiles([1, 2], method='middle')),
    ('variance', lambda: variance([1])),
    ('pvariance', lambda: pvariance([])),
    ('stdev', lambda: stdev([1])),
    ('pstdev', lambda: pstdev([])),
    ('variance str', lambda: variance(['1', '2'])),
    ('covariance len', lambda: covariance([1, 2], [1])),
    ('covariance short', lambda: covariance([1], [1])),
    ('correlation len', lambda: correlation([1, 2, 3], [1])),
    ('correlation short', lambda: correlation([], [])),
    ('correlation constant', lambda: correlation([1, 1, 1], [1, 2, 3])),
    ('regression len', lambda: linear_regression([1, 2], [1])),
    ('regression short', lambda: linear_regression([1], [1])),
    ('regression constant', lambda: linear_regression([2, 2], [1, 3])),
    ('regression positional', lambda: linear_regression([1, 2], [1, 3], True)),
    ('quantiles positional', lambda: quantiles([1, 2], 3)),
]
for label, call in cases:
    try:
        print(label, call())
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)
try:
    mean([1, 'x'])
except TypeError as e:
    print('TypeError', e)
print(statistics.mean([1]), statistics.LinearRegression.__name__)
statistics.stdev([Fraction(1, 2)])
