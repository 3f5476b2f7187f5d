print({(1, "a"): 0}.get((1, "a")), (1, "a") in {(1, "a"): 0})
grid = {(0, 0): "origin", (1, 2): "point"}
for key in [(0, 0), (1, 2), (2, 1)]:
    try:
        print(key, grid[key])
    except KeyError as e:
        print("missing", e)
d = {}
print("lookup")
d[(1, "a")]
