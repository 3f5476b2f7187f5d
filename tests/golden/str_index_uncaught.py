s = "abc"
print(s[0], s[-1], s[1:10], s[5:])
try:
    s[3]
except IndexError as e:
    print("caught:", e)
print(s[-3], s[::-1], len(s))
words = "alpha beta".split()
print(words[0][0], words[1][-1])
print(words[1][10])
