s = "hello world, hello universe"
print(s.find("hello"), s.find("hello", 1), s.find("hello", 1, 10), s.find("xyz"), s.find(""), s.find("", 100))
print(s.rfind("hello"), s.rfind("hello", 0, 12), s.rfind("o"), s.rfind("z"), s.rfind(""))
print(s.index("world"), s.rindex("l"), s.index("o", 5), s.find("o", -5), s.find("e", -100, 3))
for args in [("xyz",), ("hello", 1, 10), ("h", 5, 6)]:
    try:
        print(s.index(*args))
    except ValueError as e:
        print("ValueError:", e)
try:
    s.rindex("nope")
except ValueError as e:
    print("ValueError:", e)
print(s.count("hello"), s.count("l"), s.count("l", 5), s.count("l", 0, 4), s.count(""), "aaaa".count("aa"))
print("abc".find("c", None, None), "abc".count("", 1, 2))
print("hello" in s, "Hello" in s, "" in s, "lo w" in s, "x" not in s)
