tests = ["abc", "ABC", "Abc", "123", "12.3", "abc123", "", " ", "\t\n", "Hello World", "hello World",
         "_x", "x_1", "class", "1x", "A B", "a\x00"]
for s in tests:
    r = [s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
         s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii()]
    print(repr(s), "".join(["T" if b else "." for b in r]))
print("".isalpha(), "".isdigit(), "".isidentifier(), " ".isprintable(), "\n".isprintable())
print("0x1F".isalnum(), "-5".isdigit(), "5".isdecimal(), "Ab1".isupper(), "ab1".islower())
print("if".isidentifier(), "None".isidentifier(), "2b".isidentifier(), "_".isidentifier())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "A".istitle())
