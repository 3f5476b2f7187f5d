samples = ["hello world", "HELLO", "hElLo wOrLd", "they're bill's friends", "a1b2c3", "", "123abc DEF"]
for s in samples:
    print(repr(s), "|", s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase(), "|", s.casefold())
print("hello world".title().swapcase(), "MiXeD".lower().capitalize())
print("ǅ".upper() == "Ǆ", "hello"[0].upper() + "hello"[1:])
print("a".upper(), "Z".lower(), "mIxEd".swapcase().swapcase())
print([w.capitalize() for w in "the end of it".split()])
print("O'NEIL".title(), "o'neil".capitalize(), "3rd".title(), "x-ray".title())
print("ABC".casefold() == "abc", "Hello".casefold())
print("ß".upper(), "Σ".lower())
