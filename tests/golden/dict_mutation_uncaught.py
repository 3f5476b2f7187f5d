scores = {"ann": 3, "bob": 5}
for name in scores:
    print("visit", name)
    scores[name.upper()] = scores[name]
