s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcHELLOcba".strip("abc"), "www.example.com".strip("cmowz."))
print("xxhixx".lstrip("x"), "xxhixx".rstrip("x"), "".strip(), "   ".strip() == "")
print("hello".strip(""), "hello".strip("helo"), "aaa".strip("a") == "")
print("prefix_body_suffix".removeprefix("prefix_"), "prefix_body_suffix".removesuffix("_suffix"))
print("abc".removeprefix("x"), "abc".removesuffix(""), "abcabc".removeprefix("abc"))
print(repr("\u3000 x \xa0".strip()))
try:
    "x".strip(5)
except TypeError as e:
    print("TypeError:", e)
