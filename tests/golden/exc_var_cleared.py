e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    try:
        return exc
    except UnboundLocalError as u:
        return "UnboundLocalError: " + str(u) + " | saved=" + str(saved)
print(f())
for i in range(2):
    try:
        [][i]
    except IndexError as ie:
        print("iter", i, ie)
