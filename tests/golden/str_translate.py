t = str.maketrans("abc", "xyz")
print("aabbcc abc".translate(t), t[ord("a")], len(t))
t2 = str.maketrans("ab", "12", "z")
print("abzzba".translate(t2))
t3 = str.maketrans({"a": "AA", "b": None, "c": 99})
print("abcabc".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): None}))
print("hello".translate({104: 72}))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print("ValueError:", e)
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print("ValueError:", e)
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
msg = "Hello, World!".translate(rot13)
print(msg, msg.translate(rot13))
