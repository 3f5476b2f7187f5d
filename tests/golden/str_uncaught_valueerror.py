a, b = "x=1".split("=")
print(a, b)
try:
    a, b = "x".split("=")
except ValueError as e:
    print("caught:", e)
def parse_pair(s):
    key, value = s.split("=")
    return key.strip(), int(value)
print(parse_pair("a = 1"))
print(parse_pair("b=22"))
print(parse_pair("c=3=4"))
