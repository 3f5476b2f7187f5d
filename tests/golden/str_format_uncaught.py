template = "{name} is {age} years old"
print(template.format(name="ann", age=30))
data = {"name": "bob"}
print("formatting", data)
print(template.format(**data))
