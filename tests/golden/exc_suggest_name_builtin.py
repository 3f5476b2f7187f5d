# With no close local or global, the builtins are the candidates; lenght is too far
# from len for a suggestion, and str(e) never carries one.
items = [3, 1, 2]
print(sorted(items))
try:
    lenght(items)
except NameError as e:
    print(e)
print(sortd(items))
