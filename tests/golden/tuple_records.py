Person = ("name", "age", "city")
people = [("ann", 31, "oslo"), ("bob", 25, "rome"), ("cy", 40, "oslo"), ("di", 25, "paris")]
for name, age, city in people:
    print("%-4s %3d %s" % (name, age, city))
by_city = {}
for p in people:
    by_city.setdefault(p[2], []).append(p[0])
print(by_city)
oldest = max(people, key=lambda p: p[1])
youngest = [p[0] for p in people if p[1] == min(q[1] for q in people)]
print(oldest, youngest)
idx = {field: i for i, field in enumerate(Person)}
print([p[idx["city"]] for p in people])
ages = tuple([p[1] for p in people])
print(ages, ages.count(25), ages.index(40), len(set(ages)))
swapped = [(c, n) for n, _, c in people]
print(sorted(swapped))
def stats(t):
    return len(t), min(t), max(t), sum(t) / len(t)
n, lo, hi, mean = stats(ages)
print(n, lo, hi, mean)
