def clamp(v, lo, hi):
    return max(lo, min(hi, v))
def double(v):
    return v * 2
NAME = "util"
