from _helpers_counter import bump
WORDS = ["alpha", "beta", "gamma"]
def shout(s):
    bump()
    return s.upper() + "!"
def initials(words=None):
    return "".join([w[0] for w in (words or WORDS)])
