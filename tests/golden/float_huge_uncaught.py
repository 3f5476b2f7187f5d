import sys
print(sys.float_info.max)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("caught:", e)
print(2.0 ** 1000 > 1e300)
x = 2.0
for i in range(20):
    x = x ** 2
    print(i, x)
