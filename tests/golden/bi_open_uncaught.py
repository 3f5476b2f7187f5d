print("files under /tmp are left behind on purpose")
print(open.__name__, callable(open))
path = "/tmp/trc_golden_bi_open_uncaught_missing/none.txt"
with open("/tmp/trc_golden_bi_open_uncaught.txt", "w") as f:
    f.write("exists\n")
with open("/tmp/trc_golden_bi_open_uncaught.txt") as f:
    print(f.read().strip())
print("opening")
with open(path) as f:
    print(f.read())
