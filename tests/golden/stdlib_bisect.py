# bisect (carried Tauraro source): searches, insort, key=, lo/hi bounds, errors.
import bisect
from bisect import bisect_left, insort
a = [1, 2, 4, 4, 8]
print(bisect.bisect(a, 4), bisect_left(a, 4), bisect.bisect_right(a, 0), bisect.bisect_left(a, 9))
insort(a, 3); bisect.insort_left(a, 4); print(a)
recs = [('a', 1), ('b', 5), ('c', 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]))
bisect.insort(recs, ('z', 7), key=lambda r: r[1]); print(recs)
print(bisect.bisect_left(a, 4, 3, 5), bisect.bisect_right(a, 4, hi=2))
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.__name__, bisect.bisect_right.__name__)
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print(e)
bisect.bisect(3, 4)
