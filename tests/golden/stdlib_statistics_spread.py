# statistics: variance and standard deviation, exact (computed on fractions) with the
# result type following the data; covariance, correlation, linear_regression.
from statistics import (variance, pvariance, stdev, pstdev, mean, covariance,
                        correlation, linear_regression, LinearRegression)
from fractions import Fraction as F
from decimal import Decimal as D

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(variance(data), variance(data, mean(data)), pvariance(data))
print(pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(repr(variance([D("27.5"), D("30.25"), D("30.25"), D("34.5"), D("41.75")])))
print(repr(pvariance([D("27.5"), D("30.25"), D("30.25"), D("34.5"), D("41.75")])))
print(repr(variance([F(1, 6), F(1, 2), F(5, 3)])), repr(pvariance([F(1, 4), F(5, 4), F(1, 2)])))
print(repr(variance([1, 2, 3, 4])), repr(variance([1, 3, 5])), repr(pvariance([1, 2])))
print(stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(stdev([1, 2, 3, 4]), pstdev(range(10)), stdev(iter([0.1, 0.2, 0.3])))
print(repr(stdev([D("1.5"), D("2.5"), D("2.5"), D("2.75")])), repr(pstdev([D(1), D(1)])))
print(repr(stdev([F(1, 3), F(2, 3)])), pstdev([5]), pvariance([5]), stdev([2, 2, 2]))
print(variance([1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3]), stdev([1e16, 1e16 + 2, 1e16 + 4]))
print(variance([1, 2, 3], 2), pvariance([1, 2, 3], mu=F(1)), stdev([1.0, 3.0], 1.0))
print(variance([1, float('inf')]), pvariance([float('nan'), 1.0]))
try:
    pstdev([float('nan'), 1.0])   # CPython takes .numerator of a float here
except AttributeError as e:
    print('AttributeError', e)
print(variance([True, False, True, True]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(covariance(x, y), covariance(x, z), covariance(z, x), covariance([0.5, 1.5], [2, 4]))
print(correlation(x, x), correlation(x, z), correlation(x, y))
print(correlation([1.5, 2.25, 3.75], [10, 20, 25]))
lr = linear_regression([1, 2, 3, 4, 5], [5, 7, 9, 11, 13.5])
print(lr, lr.slope, lr.intercept, lr._fields, isinstance(lr, tuple))
print(linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
print(LinearRegression(1, 2), LinearRegression(slope=0.5, intercept=3)[1])
slope, intercept = linear_regression([0, 10], [1, 2])
print(slope, intercept)
