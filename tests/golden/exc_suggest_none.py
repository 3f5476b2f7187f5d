# No suggestion: nothing close enough, or an AttributeError raised by hand.
class Thing:
    size = 1
t = Thing()
try:
    t.completely_different
except AttributeError as e:
    print(e)
raise AttributeError("no suggestion for this one")
