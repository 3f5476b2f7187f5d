safe = {"x": 1, "y": 2}
for k in list(safe):
    safe[k + k] = safe[k] * 2
print(sorted(safe.items()))
for k in safe:
    safe[k] += 1
print(sorted(safe.items()))
scores = {"ann": 3, "bob": 5}
for name in scores:
    print("visit", name)
    scores[name.upper()] = scores[name]
