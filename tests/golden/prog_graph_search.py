EDGES = """A-B 4, A-C 2, B-C 5, B-D 10, C-E 3, E-D 4, D-F 11, E-F 20, G-H 1"""
graph = {}
for part in EDGES.split(", "):
    pair, w = part.split()
    a, b = pair.split("-")
    graph.setdefault(a, []).append((b, int(w)))
    graph.setdefault(b, []).append((a, int(w)))
for node in sorted(graph):
    print(node, sorted(graph[node]))
def bfs(start):
    order, seen, queue = [], {start}, [start]
    while queue:
        n = queue.pop(0)
        order.append(n)
        for m, _ in sorted(graph[n]):
            if m not in seen:
                seen.add(m)
                queue.append(m)
    return order
def dfs(start, seen=None):
    seen = [] if seen is None else seen
    seen.append(start)
    for m, _ in sorted(graph[start]):
        if m not in seen:
            dfs(m, seen)
    return seen
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    todo = set(graph)
    while todo:
        cand = [n for n in todo if n in dist]
        if not cand:
            break
        u = min(cand, key=lambda n: (dist[n], n))
        todo.remove(u)
        for v, w in graph[u]:
            nd = dist[u] + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                prev[v] = u
    return dist, prev
def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]
print("bfs", bfs("A"))
print("dfs", dfs("A"))
dist, prev = dijkstra("A")
for n in sorted(dist):
    print(n, dist[n], "->".join(path(prev, n)))
print("unreachable:", sorted(set(graph) - set(dist)))
components, seen = [], set()
for n in sorted(graph):
    if n not in seen:
        comp = bfs(n)
        seen |= set(comp)
        components.append(sorted(comp))
print(components)
