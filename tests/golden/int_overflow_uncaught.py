big = 10 ** 300
print(float(big) > 1e299)
try:
    float(big * 10 ** 10)
except OverflowError as e:
    print("caught:", e)
print("start")
x = 10 ** 20
print(x * 2)
y = float(10 ** 400)
print("never")
