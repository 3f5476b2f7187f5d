# A comprehension has its own names (CPython compiles it as a function): its loop
# variables are candidates, the enclosing function's locals are not.
def pairs(mapping):
    total = 0
    keys = [key for key in mapping]
    try:
        [totl for k in keys]
    except NameError as e:
        print(e)
    return {k: vlue for k, value in mapping.items()}
print(pairs({"a": 1}))
