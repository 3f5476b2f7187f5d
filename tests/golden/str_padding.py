for w in [0, 3, 9, 10, 11]:
    print(repr("hello".center(w)), repr("hello".ljust(w)), repr("hello".rjust(w)))
print("hi".center(7, "*"), "hi".center(6, "*"), "hi".ljust(5, "."), "hi".rjust(5, "0"))
print("abc".center(8, "-"), "ab".center(9, "="), "a".center(4, "x"))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(2), "".zfill(3), "-".zfill(3))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    "x".ljust("5")
except TypeError as e:
    print("TypeError:", e)
print("a\tb\tc".expandtabs(), "a\tb\tc".expandtabs(4), "ab\tc\n1234\t5".expandtabs(3), repr("\t".expandtabs(0)))
print(repr("12345678\t9".expandtabs()), repr("x\ty".expandtabs(1)))
