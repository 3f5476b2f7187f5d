print([chr(i) for i in range(65, 71)], [ord(c) for c in "AZaz09"])
print(chr(0x3b1), ord("α"), hex(ord("日")), chr(ord("a") + 25), "".join([chr(ord(c) + 1) for c in "HAL"]))
class V:
    def __init__(self):
        self.x = 1
        self.y = "two"
v = V()
print(vars(v), "x" in vars(v))
v.z = [3]
d = vars(v)
d["w"] = 4
print(v.w, sorted(d))
def caesar(s, k):
    out = []
    for c in s:
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
