def pretty(value, indent=0, step=2):
    pad = " " * indent
    inner = " " * (indent + step)
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = []
        for k, v in value.items():
            parts.append(inner + quote(str(k)) + ": " + pretty(v, indent + step, step))
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value) and len(value) <= 5:
            return "[" + ", ".join([pretty(v) for v in value]) + "]"
        return "[\n" + ",\n".join([inner + pretty(v, indent + step, step) for v in value]) + "\n" + pad + "]"
    if isinstance(value, str):
        return quote(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError("out of range float: %r" % value)
        return repr(value)
    if isinstance(value, int):
        return str(value)
    raise TypeError("not serializable: %s" % type(value).__name__)

ESC = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}
def quote(s):
    out = []
    for ch in s:
        if ch in ESC:
            out.append(ESC[ch])
        elif ord(ch) < 32 or ord(ch) > 126:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'

doc = {
    "name": "trc",
    "version": [0, 1, 2],
    "stable": False,
    "license": None,
    "ratio": 0.75,
    "authors": [{"name": "Ann \"A\" Smith", "langs": ["py", "c"]}, {"name": "Bö", "langs": []}],
    "nested": {"deep": {"deeper": {"deepest": [1, [2, [3, []]]]}}},
    "empty": {},
    "text": "line1\nline2\tend",
    3: "int key",
}
print(pretty(doc))
print(pretty([1, 2, 3]), pretty([1, 2, 3, 4, 5, 6]), pretty((True, None)))
print(pretty(doc["authors"], step=4))
for bad in [{"x": {1, 2}}, [float("nan")], {"f": print}]:
    try:
        pretty(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
