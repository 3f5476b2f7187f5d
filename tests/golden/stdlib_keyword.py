import keyword

print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), len(keyword.softkwlist))
print(keyword.__all__)
for word in ["if", "match", "case", "_", "print", "True", "true", "await", "", "None", "type"]:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print(sorted(keyword.kwlist) == keyword.kwlist)
try:
    keyword.iskeyword(["if"])
except TypeError as e:
    print(type(e).__name__, e)
print(keyword.iskeyword(3))
