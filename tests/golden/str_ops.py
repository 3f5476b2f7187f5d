a, b = "abc", "abd"
print(a < b, a > b, a == "abc", a != b, a <= "abc", "Z" < "a", "" < "a", "ab" < "abc", "abc" < "ab")
print(a + b, a * 3, 3 * a, a * 0, a * -1, "-" * 20)
print(sorted(["pear", "Apple", "apple", "Banana", "banana", "10", "9", ""]))
print(max("hello"), min("hello"), "hello".count("l"), len(""), len("a\nb"))
s = "x"
s += "y"
s *= 3
print(s, s is s)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    "a" - "b"
except TypeError as e:
    print("TypeError:", e)
print(str(), str(12), str([1, "a"]), str(None), str(3.0), str.__name__)
