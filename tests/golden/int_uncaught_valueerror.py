print(int("0x1F", 16), int("0x1F", 0), int("1F", 16))
print(int(" 42 "), int("-0"))
def parse_all(tokens):
    out = []
    for t in tokens:
        out.append(int(t))
        print("parsed", t)
    return out
print(parse_all(["1", "22", "-3"]))
print(parse_all(["10", "0x1F"]))
