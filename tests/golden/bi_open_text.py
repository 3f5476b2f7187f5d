path = "/tmp/trc_golden_bi_open_text.txt"
with open(path, "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    f.writelines(["third\n", "fourth"])
print("wrote", n)
with open(path) as f:
    content = f.read()
print(repr(content))
with open(path, "r") as f:
    print(f.readline(), end="")
    print(repr(f.readline()))
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
with open(path, "a") as f:
    f.write("\nappended")
with open(path) as f:
    lines = f.read().splitlines()
print(lines, len(lines))
f = open(path)
print(f.closed, f.read(5))
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    open("/tmp/trc_golden_does_not_exist_dir/x.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
with open(path, "w") as f:
    print("via print", 42, file=f)
with open(path) as f:
    print(repr(f.read()))
