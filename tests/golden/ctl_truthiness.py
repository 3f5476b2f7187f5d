class Z:
    def __len__(self):
        return 0
class NZ:
    def __len__(self):
        return 3
class B:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Z()), bool(NZ()), bool(B()), bool(object()))
vals = [0, 0.0, -0.0, 1, -1, "", "0", " ", [], [[]], (), ((),), {}, {0: 0}, set(), None, range(0), b"", Z(), NZ()]
print([bool(v) for v in vals])
print(any(vals), all(vals), any([]), all([]), any([0, ""]), all([1, "a"]))
x = []
if x:
    print("non-empty")
elif x is not None:
    print("empty but not None")
while x:
    print("never")
print(len([v for v in vals if v]), not not "s", not not [])
