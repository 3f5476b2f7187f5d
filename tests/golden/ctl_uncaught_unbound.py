def compute(flag):
    if flag:
        result = "computed"
    return result
print(compute(True))
print(compute(False))
