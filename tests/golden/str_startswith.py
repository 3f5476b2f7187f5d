s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4), s.startswith("na", 4, 5))
print(s.endswith(".gz"), s.endswith(".tar"), s.endswith(".tar", 0, 12), s.endswith(""))
print(s.startswith(("x", "fi")), s.endswith((".zip", ".gz")), s.startswith(()), s.endswith(("a",)))
print("".startswith(""), "".endswith("x"), "abc".startswith("abc", 3), "abc".startswith("", 4))
try:
    s.startswith(["file"])
except TypeError as e:
    print("TypeError:", e)
try:
    s.endswith(("a", 1))
except TypeError as e:
    print("TypeError:", e)
files = ["a.py", "b.txt", "c.PY", "d.pyc"]
print([f for f in files if f.lower().endswith(".py")])
