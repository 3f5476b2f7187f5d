import sys
def main():
    print("doing work")
    try:
        return 3
    finally:
        print("cleanup")
code = main()
print("fatal: exiting with", code, file=sys.stderr)
sys.exit(code)
