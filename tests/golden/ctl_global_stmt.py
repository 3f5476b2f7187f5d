total = 0
log = []
def add(n):
    global total
    total += n
    log.append(n)
for k in range(1, 5):
    add(k)
print(total, log)
def reset():
    global total, log
    total = 0
    log = ["reset"]
reset()
print(total, log)
def define_later():
    global later
    later = "defined in function"
try:
    print(later)
except NameError as e:
    print("NameError:", e)
define_later()
print(later)
x = "module"
def reader():
    return x
def writer():
    x = "local"
    return x
print(reader(), writer(), x)
if True:
    block_var = "visible"
print(block_var)
for loop_var in range(3):
    pass
print(loop_var)
