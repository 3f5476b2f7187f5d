s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print(s.replace("three", "3"), "aaaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("".replace("", "x"), "hello".replace("l", ""), "Mississippi".replace("ss", "SS"))
print("a.b.c".replace(".", "::"), "tab\there".replace("\t", "    "))
print("ünïcödé".replace("ö", "o"), ("x" * 3).replace("x", "yz"))
