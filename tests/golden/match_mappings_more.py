# Mapping patterns: key lookup through get() (no KeyError, no defaultdict insertion),
# extra keys allowed, **rest is a fresh dict, value keys, dict subclasses, non-mappings.
class Keys:
    NAME = "name"


class Tracking(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return super().get(key, default)


def m(x):
    match x:
        case {}:
            pass
    match x:
        case {"type": "circle", "r": r}:
            return "circle %r" % (r,)
        case {Keys.NAME: n, **rest} if rest:
            return "named %r with %r" % (n, rest)
        case {Keys.NAME: n}:
            return "just named %r" % (n,)
        case {1: one, -2: two}:
            return "ints %r %r" % (one, two)
        case {None: v}:
            return "none key %r" % (v,)
        case {**everything} if everything:
            return "everything %r" % (everything,)
        case {}:
            return "empty mapping"
        case _:
            return "not a mapping"


for v in [{"type": "circle", "r": 2, "color": "red"}, {"name": "n", "a": 1, "b": 2}, {"name": "solo"},
          {1: "x", -2: "y", 3: "z"}, {None: 0}, {"q": 1}, {}, [("name", 1)], "name", Tracking(name="t")]:
    print(m(v))

d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"a": 1, **rest}:
        rest["z"] = 26
        print("rest", rest, "original", d, rest is d)

# Missing keys are not inserted by a defaultdict-like __missing__.
class Default(dict):
    def __missing__(self, key):
        self[key] = "made"
        return "made"


dd = Default(x=1)
match dd:
    case {"y": _}:
        print("y present?")
    case {"x": 1}:
        print("x found; keys now", sorted(dd))

# Duplicate keys only detectable at run time are a ValueError.
class K:
    A = "k"
    B = "k"


try:
    match {"k": 1, "j": 2}:
        case {K.A: _, K.B: _}:
            print("matched duplicate")
except ValueError as e:
    print("ValueError:", e)
