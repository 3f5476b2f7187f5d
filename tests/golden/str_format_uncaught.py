print("{0} and {1}".format("a", "b"), "{x}".format(x=1))
try:
    "{0} {1}".format("only")
except IndexError as e:
    print("caught:", e)
template = "{name} is {age} years old"
print(template.format(name="ann", age=30))
data = {"name": "bob"}
print("formatting", data)
print(template.format(**data))
