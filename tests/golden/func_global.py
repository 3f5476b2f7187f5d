counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def set_new():
    global created
    created = "yes"
set_new()
print(created)
def read_only():
    return counter * 10
print(read_only())
def shadow():
    counter = -1
    return counter
print(shadow(), counter)
items = []
def mutate():
    items.append(len(items))
mutate(); mutate()
print(items)
def outer():
    x = 1
    def inner():
        global x
        x = 99
    inner()
    return x
print(outer(), x)
def multi():
    global a, b
    a, b = 1, 2
multi()
print(a, b)
