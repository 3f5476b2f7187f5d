import sys
print("exit 4 with empty stderr")
for i in range(3):
    print(i)
    if i == 1:
        sys.exit(4)
