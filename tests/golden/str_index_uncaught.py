words = "alpha beta".split()
print(words[0][0], words[1][-1])
print(words[1][10])
