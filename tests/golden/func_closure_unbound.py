def f():
    def g():
        return v
    try:
        g()
    except NameError as e:
        print("NameError:", e)
    v = 1
    return g()
print(f())
def h():
    try:
        print(w)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    w = 2
    return w
print(h())
x = 10
def k():
    try:
        x += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
k()
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
def m():
    del_me = 1
    del del_me
    try:
        return del_me
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(m())
