print(len(range(5)), len(b"ab"))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
def describe(obj):
    return "%s has length %d" % (type(obj).__name__, len(obj))
for o in ["abc", [1, 2], {"k": 1}]:
    print(describe(o))
print(describe(42))
