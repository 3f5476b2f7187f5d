def safe(flag):
    result = "default"
    if flag:
        result = "computed"
    return result
print(safe(True), safe(False))
def compute(flag):
    if flag:
        result = "computed"
    return result
print(compute(True))
print(compute(False))
