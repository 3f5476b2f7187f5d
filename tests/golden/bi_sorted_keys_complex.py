people = [{"name": "ann", "age": 31, "city": "oslo"}, {"name": "Bob", "age": 25, "city": "rome"},
          {"name": "cy", "age": 31, "city": "athens"}, {"name": "Di", "age": 19, "city": "rome"}]
print([p["name"] for p in sorted(people, key=lambda p: p["age"])])
print([p["name"] for p in sorted(people, key=lambda p: (-p["age"], p["name"].lower()))])
print([p["name"] for p in sorted(people, key=lambda p: p["name"])])
print([p["name"] for p in sorted(people, key=lambda p: p["name"].lower(), reverse=True)])
print([(p["city"], p["name"]) for p in sorted(people, key=lambda p: (p["city"], p["age"]))])
print(max(people, key=lambda p: (p["age"], p["name"]))["name"], min(people, key=lambda p: len(p["city"]))["city"])
by_age = {}
for p in sorted(people, key=lambda p: p["name"].lower()):
    by_age.setdefault(p["age"], []).append(p["name"])
print(dict(sorted(by_age.items())))
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int), sorted(["b", "A", "c"], key=str.upper))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0]), sorted("hello world".split(), key=lambda w: w[-1]))
