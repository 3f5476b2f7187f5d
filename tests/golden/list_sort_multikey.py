employees = [
    ("sales", "ann", 5200, 3), ("eng", "bob", 7100, 5), ("eng", "cy", 7100, 2),
    ("sales", "di", 4800, 7), ("hr", "ed", 3900, 1), ("eng", "fay", 9000, 9), ("hr", "gus", 3900, 4),
]
for row in sorted(employees, key=lambda e: (e[0], -e[2], e[1])):
    print("%-6s %-4s %5d %d" % row)
print([e[1] for e in sorted(employees, key=lambda e: e[3], reverse=True)])
depts = sorted({e[0] for e in employees})
for d in depts:
    members = [e for e in employees if e[0] == d]
    print(d, len(members), sum(e[2] for e in members), max(members, key=lambda e: (e[2], e[1]))[1])
ranked = sorted(employees, key=lambda e: e[2], reverse=True)
rank, prev, out = 0, None, []
for i, e in enumerate(ranked, 1):
    if e[2] != prev:
        rank, prev = i, e[2]
    out.append((rank, e[1]))
print(out)
