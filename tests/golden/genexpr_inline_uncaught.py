# An error out of a folded generator expression ends the program with CPython's
# traceback and final line.
def widest(rows):
    return max(len(r) for r in rows)

print(widest(["a", "abc"]))
print(widest([]))
