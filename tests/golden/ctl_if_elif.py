def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"
print([grade(s) for s in [95, 85, 75, 65, 55, 90, 0]])
def sign(x):
    if x > 0:
        r = 1
    elif x < 0:
        r = -1
    else:
        r = 0
    return r
print(sign(5), sign(-2), sign(0), sign(-0.0))
for v in [0, 1, "", "x", [], [0], None, 0.0]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
if not []:
    print("empty list is falsy")
if 1 and not 0 or None:
    print("complex condition")
