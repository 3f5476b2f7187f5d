def powerset(items):
    result = [[]]
    for x in items:
        result += [s + [x] for s in result]
    return result
print(sorted(sorted(s) for s in powerset([1, 2, 3])))
a = set(range(0, 30, 2))
b = set(range(0, 30, 3))
c = set(range(0, 30, 5))
print(sorted(a & b & c), sorted((a | b) - c)[:8], len(a ^ b ^ c))
def dedupe(seq):
    seen = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
print(dedupe([3, 1, 3, 2, 1, 5]), dedupe("mississippi"))
edges = [(1, 2), (2, 3), (4, 5), (6, 6), (3, 1)]
nodes = {n for e in edges for n in e}
print(sorted(nodes), len(nodes))
comp = []
remaining = set(nodes)
while remaining:
    start = min(remaining)
    group, frontier = {start}, [start]
    while frontier:
        n = frontier.pop()
        for x, y in edges:
            for u, v in ((x, y), (y, x)):
                if u == n and v not in group:
                    group.add(v)
                    frontier.append(v)
    comp.append(sorted(group))
    remaining -= group
print(comp)
words1 = set("the quick brown fox".split())
words2 = set("the lazy brown dog".split())
print(sorted(words1 & words2), sorted(words1 - words2), sorted(words1 ^ words2), len(words1 | words2))
