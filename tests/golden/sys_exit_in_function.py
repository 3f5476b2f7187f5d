import sys
def deep(n):
    if n == 0:
        raise SystemExit(2)
    try:
        deep(n - 1)
    finally:
        print("unwinding", n)
try:
    deep(2)
except Exception:
    print("Exception does not catch SystemExit")
except SystemExit as e:
    print("caught code", e.code)
print("exiting")
sys.stderr.write("last words\n")
deep(1)
