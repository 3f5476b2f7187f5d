stack = []
for tok in "3 4 + 2 * 7 -".split():
    if tok.isdigit():
        stack.append(int(tok))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append(a + b if tok == "+" else a - b if tok == "-" else a * b)
    print(tok, stack)
queue = []
for i in range(5):
    queue.append("job%d" % i)
while queue:
    job = queue.pop(0)
    if job == "job1":
        queue.append("job1-retry")
    print("run", job, "remaining", len(queue))
def rotate(lst, k):
    if not lst:
        return lst
    k %= len(lst)
    return lst[-k:] + lst[:-k]
print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3], -1), rotate([], 3), rotate([1], 100))
window = []
for x in [5, 1, 4, 8, 2, 9, 3]:
    window.append(x)
    if len(window) > 3:
        window.pop(0)
    print(x, window, max(window), sum(window) / len(window))
