s = "tab\there\nnewline\\backslash\'single\"double\x41\u00e9\U0001F600\0end"
print(repr(s))
print(len(s), s.count("\\"), s.index("\0"))
print("line1\nline2")
print("col1\tcol2\tcol3")
print("bell-free \x07"[:-1] + "|", "carriage\rreturn"[-6:], repr("\r\n"), repr("\a\b\f\v"))
print(r"raw \n stays", len(r"\n"), r"\\", "\\\\", len("\\\\"))
print("\101\102\103", "\x61\x62", "\u0041", "\u00e9")
print("a" "b" 'c' """d""", '''e''', "it's", 'say "x"', "both \" and '")
print(repr("'"), repr('"'), repr("'\""), repr("\\'"))
multi = """first
  second
third"""
print(multi.splitlines(), len(multi))
print("con" \
      "tinued")
