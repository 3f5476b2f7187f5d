tests = ["½", "²", "٣", "é", "ⅷ", "日本", "Ωmega", "\u00a0", "\u2028", "x\u0301", "１２"]
for s in tests:
    r = [s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
         s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii()]
    print(ascii(s), "".join(["T" if b else "." for b in r]))
print(int("٣٤"), int("１２"), float("١.٥"))
print("αβγ".isalpha(), "αβγ".islower(), "ΑΒΓ".isupper(), "日本".islower())
print("①".isdigit(), "①".isdecimal(), "①".isnumeric(), "Ⅻ".isnumeric())
print("ñame".isidentifier(), "变量".isidentifier(), "x²".isidentifier())
print("\t".isspace(), "\u2003".isspace(), "\u200b".isspace())
