x = "outer"
result = [x for x in range(3)]
print(result, x)
y = 10
print([y + i for i in range(3)], {i: y for i in range(2)})
def f():
    k = 5
    return [k * i for i in range(3)]
print(f())
class C:
    val = 7
    items = [i * 2 for i in range(3)]
print(C.items)
n = 3
print([[n * i + j for j in range(n)] for i in range(n)])
print([(lambda: i)() for i in range(3)])
fs = [lambda: i for i in range(3)]
print([g() for g in fs])
print([i for i in range(5)][-1], "scoped")
total = 0
vals = [total := total + v for v in [1, 2, 3, 4]]
print(vals, total)
print(any(c.isdigit() for c in "abc1"), all(v > 0 for v in [1, 2, 0]), sum(v * v for v in range(5)))
print(min(len(w) for w in ["aa", "b", "ccc"]), max((v % 7, v) for v in range(20)), sorted((c for c in "bca"), reverse=True))
print(list(ch * 2 for ch in "ab"), tuple([i for i in range(3)]), set([i % 2 for i in range(5)]) == {0, 1})
print(dict([(k, len(k)) for k in ["x", "yy"]]), "".join([str(d) for d in range(5)]))
