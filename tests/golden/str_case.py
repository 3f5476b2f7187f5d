samples = ["hello world", "HELLO", "hElLo wOrLd", "they're bill's friends", "a1b2c3", "", "123abc DEF"]
for s in samples:
    print(repr(s), "|", s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase(), "|", s.casefold())
print("hello world".title().swapcase(), "MiXeD".lower().capitalize())
