data = [4, 7, 1, 9, 3]
if any((big := x) > 8 for x in data):
    print("first big:", big)
filtered = [y for x in data if (y := x * 3) % 2]
print(filtered, y)
def f():
    [last := v for v in range(5)]
    return last
print(f())
total = 0
running = [(total := total + x) for x in data]
print(running, total)
lines = ["a=1", "junk", "b=22", "c=3"]
parsed = {m[0]: int(m[2]) for line in lines if (m := line.partition("="))[1]}
print(parsed)
n = 0
while (n := n + 1) < 4:
    print("n is", n)
print("final n", n)
print([(x, sq) for x in range(6) if (sq := x * x) > 10])
