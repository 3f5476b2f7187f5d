# fnmatch: translate()'s exact regex text, fnmatch/fnmatchcase/filter on str and bytes
import fnmatch

patterns = ["*", "*.py", "a?c", "[abc]", "[!abc]x", "[a-z]*", "[]]", "[!]]", "[", "[!", "a[", "**a*b**",
            "*a*b*c", "a*", "*a", "[a-c-e]", "[z-a]", "[!z-a]", "[a-]", "[-a]", "[\\]", "[&&]", "[~|]",
            "[^x]", "[[]", "a.b+c(d)", "$^", "[--0]", "[a-c-]", "x[]-]y", "é*ü", "?*?", "[!-]",
            "[a-b-c-d]", "[b-a-c]", "**"]
for p in patterns:
    print(repr(p), repr(fnmatch.translate(p)))

names = ["a.py", "b.PY", "abc", "aXc", "ac", "]", "!", "[", "x.txt", ".hidden", "a\nb", "a-b", "a\\b",
         "e", "d", "^x", "", "ab", "aab"]
for p in ["*.py", "a?c", "[!abc]", "[]]", "[", "*", "a*b", "[a-c-e]", "[\\]", "[^x]*", "a*", ".*", "?",
          "[z-a]", "[!z-a]", "a[", "*b"]:
    print(repr(p), fnmatch.filter(names, p))

print(fnmatch.fnmatch("Makefile", "Make*"), fnmatch.fnmatch("makefile", "Make*"))
print(fnmatch.fnmatchcase("README.md", "*.MD"), fnmatch.fnmatchcase("README.md", "*.md"))
print(fnmatch.fnmatch(b"data.bin", b"*.bin"), fnmatch.filter([b"x.c", b"y.h", b"z.c"], b"*.c"))
print(fnmatch.translate("*.txt") + "|" + fnmatch.translate("*.md"))
for a, b in [(1, "*"), ("x", 1), (b"x", "*")]:
    try:
        fnmatch.fnmatch(a, b)
    except TypeError as e:
        print("TypeError", e)
