import _helpers_shapes
def main():
    print("main() called, __name__ =", __name__)
    shapes = [_helpers_shapes.Rect(1, 2), _helpers_shapes.Rect(3, 4)]
    print(sum([s.area() for s in shapes]))
    return 0
if __name__ == "__main__":
    main()
else:
    print("imported, not running")
print("module level code after guard")
