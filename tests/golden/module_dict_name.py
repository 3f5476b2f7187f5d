# a module's __dict__ holds its __name__ (C modules and compiled ones alike)
import sys, math
import _helpers_counter as helper

for m in (sys, math, helper):
    d = m.__dict__
    print(type(d).__name__, d["__name__"], "__name__" in d)
print("pi" in math.__dict__, math.__dict__["pi"] == math.pi)
