# statistics: means, medians, modes and quantiles over ints, floats, Fractions and
# Decimals, with the result types and exact rounding CPython gives.
import statistics
from statistics import (mean, fmean, geometric_mean, harmonic_mean, median, median_low,
                        median_high, median_grouped, mode, multimode, quantiles)
from fractions import Fraction as F
from decimal import Decimal as D

print(mean([1, 2, 3, 4, 4]), mean([1, 2, 3, 4]), mean([1, 2, 3]))
print(mean([0.1] * 10), sum([0.1] * 10) / 10)
print(mean([1e50, 1, -1e50] * 1000))
print(repr(mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)])))
print(repr(mean([D("0.5"), D("0.75"), D("0.625"), D("0.375")])))
print(repr(mean([1, F(1, 2)])), repr(mean([1, 2.5])), repr(mean([True, False, True])))
print(mean(iter([3, 4, 5])), mean(range(1, 101)), mean((x * 0.5 for x in range(7))))
print(mean([1, float('inf')]), mean([float('inf'), float('-inf')]))
print(fmean([3.5, 4.0, 5.25]), fmean(iter([1, 2, 3, 4])), fmean(x for x in range(5)))
print(fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
print(fmean(iter([1, 2]), weights=iter([3, 1])))
print(round(geometric_mean([54, 24, 36]), 9), geometric_mean([2, 8]))
print(harmonic_mean([40, 60]), harmonic_mean([40, 60], weights=[5, 30]))
print(harmonic_mean([2.5, 3, 10]), repr(harmonic_mean([F(1, 2), F(1, 3)])))
print(harmonic_mean([5]), harmonic_mean([0, 3]), harmonic_mean(iter([1, 2, 4])))
print(harmonic_mean([1, 2], weights=[0, 1]), repr(harmonic_mean([D("0.5"), D("0.25")])))
print(median([1, 3, 5]), median([1, 3, 5, 7]), median([5, 1, 3, 7, 9, 2]))
print(median_low([1, 3, 5]), median_low([1, 3, 5, 7]), median_high([1, 3, 5, 7]))
print(median(['b', 'a', 'c']), median_low('dcba'), median_high(iter([2.5, 1.5])))
print(repr(median([F(1, 2), F(1, 3)])), median([D("1.5"), D("2.5")]))
print(median_grouped([52, 52, 53, 54]), median_grouped([1, 3, 3, 5, 7], interval=1))
print(median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), median_grouped([1, 3, 3, 5, 7], interval=2))
print(round(median_grouped([25] * 172 + [35] * 484 + [45] * 387, interval=10), 6))
print(median_grouped([F(1, 2)], interval=F(1, 4)), median_grouped(['3', '5'], '2'))
print(mode([1, 1, 2, 3, 3, 3, 3, 4]), mode(["red", "blue", "blue", "red", "green", "red"]))
print(mode(['red', 'red', 'green', 'blue', 'blue']), mode(iter('abracadabra')))
print(multimode('aabbbbbbbbcc'), multimode('aabbbbccddddeeffffgg'), multimode(''))
print(multimode([1, 2, 3]), multimode(iter([(1, 2), (1, 2), (3,)])))
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76,
        119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75,
        87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104]
print(quantiles(data, n=10))
print(quantiles(data, n=4, method='inclusive'))
print(quantiles([1, 2], n=5), quantiles([1.5, 2.5, 10], n=3, method='inclusive'))
print(quantiles([F(1), F(2), F(4)]), quantiles([1, 2, 3, 4], n=1), quantiles(range(5), n=2))
print(sorted(statistics.__all__))
