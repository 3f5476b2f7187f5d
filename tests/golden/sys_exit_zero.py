import sys
print("before exit")
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
try:
    sys.exit()
except SystemExit as e:
    print("no-arg code:", e.code)
try:
    sys.exit("text")
except SystemExit as e:
    print("text code:", e.code)
print("now exiting for real")
sys.exit(0)
print("never printed")
