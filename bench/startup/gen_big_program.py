# gen_big_program.py — writes a deterministic 3,000-line Tauraro/Python program to
# stdout for the start-up measurement of bench/startup/run.sh: classes, functions with
# loops and comprehensions, f-strings; its first line of output comes at once.
lines = ['print("start", flush=True)']
i = 0
while len(lines) < 3000:
    lines += [
        f"class Shape{i}:",
        f"    def __init__(self, w, h):",
        f"        self.w = w",
        f"        self.h = h",
        f"    def area(self):",
        f"        return self.w * self.h + {i}",
        f"    def __repr__(self):",
        f"        return f'Shape{i}({{self.w}}, {{self.h}})'",
        f"",
        f"def compute{i}(n):",
        f"    total = 0",
        f"    for k in range(n):",
        f"        if k % 3 == 0:",
        f"            total += k * {i}",
        f"        elif k % 3 == 1:",
        f"            total -= len(str(k))",
        f"        else:",
        f"            total ^= k",
        f"    items = [x * 2 for x in range(n) if x % 2]",
        f"    d = {{str(x): x for x in items}}",
        f"    return total + sum(items) + len(d)",
        f"",
        f"results{i} = [compute{i}(10), Shape{i}(2, 3).area(), repr(Shape{i}(1, 2))]",
        f"",
    ]
    i += 1
lines.append("print('end', results0)")
print("\n".join(lines))
