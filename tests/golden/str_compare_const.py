# `x == "const"` and `x != "const"` (tr_compare_str_const): identity, equal text built at
# run time, non-str operands, str subclasses with and without __eq__, either side.
class Tag(str):
    pass

class Loud(str):
    def __eq__(self, other):
        return "Loud.__eq__(%s, %s)" % (str.__str__(self), other)
    def __ne__(self, other):
        return "Loud.__ne__"
    __hash__ = str.__hash__

class Any:
    def __eq__(self, other):
        return "Any.__eq__ " + repr(other)
    def __ne__(self, other):
        return "Any.__ne__ " + repr(other)

def dispatch(cmd):
    if cmd == "add":
        return 1
    elif cmd == "remove":
        return 2
    elif "list" == cmd:
        return 3
    elif cmd != "quit":
        return 4
    return 0

built = "".join(["a", "d", "d"])
for c in ["add", built, "remove", "list", "".join("list"), "quit", "other", "", Tag("add"),
          Tag("quit"), 1, None, 3.5, b"add", ("add",)]:
    print(repr(c), dispatch(c))

print(Loud("add") == "add", "add" == Loud("add"), Loud("x") != "x", "x" != Loud("x"))
print(Any() == "add", "add" == Any(), Any() != "q", "q" != Any())
print("é" == "\u00e9", "e\u0301" == "é", "ß" != "ss", "\U0001f600" == "😀")

def compare_all(words):
    return [w == "b" for w in words] + [w != "b" for w in words]

print(compare_all(["a", "b", "bb", "b" * 1, "B".lower()]))
