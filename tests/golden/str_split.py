s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 1), "a,b,,c,".split(",", maxsplit=2))
print("a b c d".split(None, 2), "".split(), "".split(","), "   ".split())
print("a::b::c".split("::"), "abc".split("abc"), "xaxbx".split("x"))
print("a b c".rsplit(), "a,b,c,d".rsplit(",", 1), "a,b,c,d".rsplit(",", maxsplit=2))
print("  a  b  c  ".rsplit(None, 1), "aaa".split("a"), "aaa".rsplit("aa"))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".split(1)
except TypeError as e:
    print("TypeError:", e)
print("1 2 3".split(" ", -1), "a\x0bb\x0cc\x1cd".split())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
print("abcabc".partition("bc"), "abcabc".rpartition("bc"))
try:
    "x".partition("")
except ValueError as e:
    print("ValueError:", e)
