# str.format reads replacement fields as CPython does: '[' in a spec (fill char), '{' in a name, conversions, nested specs, error texts
class O:
    attr = "A"

    def __format__(self, spec):
        return "O(" + spec + ")"


print("{0:[>6}|{1:[<4}|{0:]^7}".format("ab", "c"))
print("{0:[}{0:.[}".format(O()))
print("{0[a:b]} {0[x!y]}".format({"a:b": 1, "x!y": 2}))
print("{0!r:>8}|{0!s}|{0!a:}|{1:x}".format("é", O()))
print("{0:{1}{2}}|{0:>{1}}".format(3, 8, "d"))
print("{0:{1:x}}".format(1, 20), "{:{}}".format("z", 4))
print("{{}} {{{0}}} }}{{".format(5))
for fs in ["{", "}", "a}b", "{0", "{0!", "{0!}", "{0!r", "{0!rx}", "{0!x}", "{0!é}", "{0!\t}", "{0! }",
           "{a{b}", "{0{", "{0:{", "{0:", "{0[}", "{0[x", "{0.}", "{0]x}", "{0:{1:{2:{3}}}}",
           "{!sx", ".{ra![:", "{0:}}", "{0.attr:{x[}", "{} {0}", "{0} {}", "{5}", "{k}"]:
    try:
        print(repr(fs), repr(fs.format(O(), 1, 2, 3)))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(fs), type(e).__name__, e)
