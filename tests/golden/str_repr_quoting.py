for s in ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "new\nline", "\t\r", "\x01\x1f", "é", "\u2028", ""]:
    print(repr(s), str(s) == s, len(repr(s)))
print(repr(["a'b", 'c"d']), str(("x",)), repr({"k": "v'"}))
print("%r" % "q'", "{!r}".format('d"'), f"{'x'!r}")
print(repr("\\n"), repr(r"\n"), r"a\tb", len(r"\n"))
print('''triple 'single' "double"''', """x""" + '''y''')
print("adjacent" " literal" ' join')
