# help() without an argument runs pydoc's interactive help: with stdin at EOF it prints
# the banner, one prompt and the farewell; requests come from the builtin input().
import builtins

help()
print("after the first session")

requests = iter(["  help  ", "", "never read"])


def scripted_input(prompt):
    print("input called with", repr(prompt))
    return next(requests)


builtins.input = scripted_input
help()
print("after the scripted session")

requests = iter(['"quit"'])
help()

requests = iter(["Q"])
help()


def interrupted(prompt):
    raise KeyboardInterrupt


builtins.input = interrupted
help()


def failing(prompt):
    raise ValueError("input failed")


builtins.input = failing
try:
    help()
except ValueError as e:
    print("ValueError:", e)
print(repr(help))
