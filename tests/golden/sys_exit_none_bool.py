import sys
for arg in [None, True, False, 7, "m"]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code, e.args)
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception))
print("final exit None")
sys.exit(None)
