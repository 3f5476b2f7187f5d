orig = [[1, 2], [3, 4]]
alias = orig
shallow1 = orig[:]
shallow2 = list(orig)
shallow3 = orig.copy()
deep = [row[:] for row in orig]
orig[0][0] = 99
orig.append([5])
print(alias, shallow1, shallow2, shallow3, deep, sep="\n")
print(alias is orig, shallow1 is orig, shallow1[0] is orig[0], deep[0] is orig[0])
def modify(lst):
    lst[0] = "changed"
    lst = ["rebound"]
    lst.append("lost")
x = [0, 1]
modify(x)
print(x)
t = ([1], 2)
t[0].extend([2, 3])
print(t)
try:
    t[0] += [4]
except TypeError as err:
    print("TypeError:", err)
print(t)
