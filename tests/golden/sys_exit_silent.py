import sys
try:
    sys.exit(9)
except SystemExit as e:
    print("caught exit code", e.code)
print("exit 4 with empty stderr")
for i in range(3):
    print(i)
    if i == 1:
        sys.exit(4)
