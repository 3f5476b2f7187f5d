# A NameError inside a function suggests its parameters and locals first.
total_count = 0
def compute(values):
    running_total = 0
    for value in values:
        running_total += value
    print("partial", running_total)
    return running_totl
compute([1, 2, 3])
