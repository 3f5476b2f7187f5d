# Builtin objects and modules: the candidates are dir() of the object.
import math
words = ["b", "a"]
words.sort()
print(words, math.sqrt(16))
try:
    math.sqr(2)
except AttributeError as e:
    print(e)
words.apend("c")
