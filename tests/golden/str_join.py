print(",".join(["a", "b", "c"]), "".join(["x", "y"]), " - ".join("abc"), "|".join([]), "|".join(["solo"]))
print(", ".join([str(i) for i in range(5)]), "\n".join(["l1", "l2"]))
print("+".join(("t", "u")), "".join({"k": 1, "j": 2}), "/".join(map(str, [1, 2, 3])))
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)
words = ["banana", "Apple", "cherry"]
print(" ".join(sorted(words)), " ".join(sorted(words, key=str.lower)), " ".join(reversed(words)))
print("".join([c.upper() if i % 2 else c for i, c in enumerate("alternating")]))
