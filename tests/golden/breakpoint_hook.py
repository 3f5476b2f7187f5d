# breakpoint() calls sys.breakpointhook, which a program may replace; the default
# (sys.__breakpointhook__) reads $PYTHONBREAKPOINT at each call: "0" does nothing,
# "module.attr" calls that function of an imported module, a bare name a builtin's.
import os
import sys

print(sys.breakpointhook is sys.__breakpointhook__, callable(sys.__breakpointhook__))
calls = []


def my_hook(*args, **kws):
    calls.append((args, kws))
    return "from hook"


sys.breakpointhook = my_hook
print(breakpoint(), breakpoint(1, 2, key="v"), calls)
sys.breakpointhook = sys.__breakpointhook__

os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint(), breakpoint(1, x=2))

os.environ["PYTHONBREAKPOINT"] = "__main__.my_hook"
print(breakpoint("m"), calls[-1])
os.environ["PYTHONBREAKPOINT"] = "os.path.join"
print(breakpoint("a", "b"))
os.environ["PYTHONBREAKPOINT"] = "len"
print(breakpoint([1, 2, 3]))
os.environ["PYTHONBREAKPOINT"] = "builtins.max"
print(breakpoint(3, 9, 4))
print(sys.__breakpointhook__("via", "default"))

del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError", e)
sys.breakpointhook = 42
try:
    breakpoint()
except TypeError as e:
    print("TypeError", e)
