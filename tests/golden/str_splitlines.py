t = "line1\nline2\r\nline3\rline4\n\nline6"
print(t.splitlines())
print(t.splitlines(True))
print(t.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\n".splitlines())
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print("no newline".splitlines(), "x\n".split("\n"))
for i, line in enumerate("alpha\nbeta\ngamma".splitlines(), 1):
    print(i, line.upper())
print("a\r\nb".splitlines(True), "x\ry".splitlines())
