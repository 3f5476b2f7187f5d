# Builtin functions and C methods are hashable (by identity of function and receiver),
# consistently with ==, so they can be dict keys and set members.
d = {len: "len", abs: "abs", print: "print"}
print(d[len], d[abs], abs in d, max in d)
lst = [1]
m1, m2 = lst.append, lst.append
print(m1 == m2, hash(m1) == hash(m2), len({m1, m2}))
print([].append == [].append, {list.pop: 1}[list.pop], type(hash(str.upper)).__name__)
print(len({len, len, abs, "x".upper, "x".upper}))
