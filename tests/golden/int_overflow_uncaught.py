print("start")
x = 10 ** 20
print(x * 2)
y = float(10 ** 400)
print("never")
