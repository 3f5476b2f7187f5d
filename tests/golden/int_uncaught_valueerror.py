def parse_all(tokens):
    out = []
    for t in tokens:
        out.append(int(t))
        print("parsed", t)
    return out
print(parse_all(["1", "22", "-3"]))
print(parse_all(["10", "0x1F"]))
