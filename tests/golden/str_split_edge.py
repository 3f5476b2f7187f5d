print("a  b".split(" "), "a  b".split(), " a b ".split(" "), " a b ".split())
print("".split(" "), " ".split(" "), "  ".split(" ", 1), "a".split("a"), "aa".split("a"))
print("a,b;c".split(";"), "a-b-c".split("-", 0), "a-b-c".rsplit("-", 0), "a-b-c".split("-", 10))
print("one\ttwo\nthree  four".split(None, 1), "x y z".rsplit(None, 1), "  lead".split(None, 0))
print("1,2,3".split(","), [int(x) for x in "1,2,3".split(",")], "key=value=x".split("=", 1))
print("C:\\path\\to\\file".split("\\"), "a|b||c".split("|"), "||".split("|"))
print("abcXYZabc".split("XYZ"), "mixED CaSe".split("E"), "...".split("."), "a.b.".rsplit(".", 1))
csv = "name,age,city\nann,30,paris\nbob,25,rome"
rows = [line.split(",") for line in csv.splitlines()]
header, data = rows[0], rows[1:]
print([dict(zip(header, r)) for r in data])
