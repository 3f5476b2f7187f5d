tests = ["½", "²", "٣", "é", "ⅷ", "日本", "Ωmega", "\u00a0", "\u2028", "x\u0301", "１２"]
for s in tests:
    r = [s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
         s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii()]
    print(ascii(s), "".join(["T" if b else "." for b in r]))
print(int("٣٤"), int("１２"), float("١.٥"))
