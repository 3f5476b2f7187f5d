#!/usr/bin/env bash
# archives_closed_at_exit.sh — zip, bz2, xz and gzip files a program leaves open while
# writing are finished at exit, as CPython's __del__ finishes them: the same bytes as
# CPython's (gzip's header time aside), under both `trc build` and `trc run`.
set -u
fail() { echo "$*"; exit 1; }
cd "$(mktemp -d)" || exit 1
cat >prog.py <<'PY'
import bz2, gzip, lzma, zipfile
zf = zipfile.ZipFile("left.zip", "w", zipfile.ZIP_DEFLATED)
zf.writestr(zipfile.ZipInfo("a.txt", (2020, 1, 1, 0, 0, 0)), b"left open\n" * 10)
b = bz2.BZ2File("left.bz2", "w")
b.write(b"bz2 left open\n")
x = lzma.open("left.xz", "wt")
x.write("xz left open\n")
g = gzip.open("left.gz", "wb")
g.write(b"gz left open\n")
print("done")
PY
check='import bz2, gzip, lzma, zipfile; print(zipfile.ZipFile("left.zip").read("a.txt")[:9], bz2.open("left.bz2").read(), lzma.open("left.xz").read(), gzip.open("left.gz").read())'
mkdir cpython && (cd cpython && /usr/bin/python3 ../prog.py >/dev/null) || fail "python3 failed"
want=$(cd cpython && /usr/bin/python3 -c "$check")
for how in build run; do
    rm -rf "$how" && mkdir "$how" && cd "$how" || fail "mkdir"
    if [ "$how" = build ]; then
        "$TRC" build ../prog.py -o prog 2>err && ./prog >out 2>>err || fail "build: $(head -3 err)"
    else
        "$TRC" run ../prog.py >out 2>err || fail "run: $(head -3 err)"
    fi
    [ "$(cat out)" = done ] || fail "$how: printed $(head -2 out)"
    [ "$(/usr/bin/python3 -c "$check" 2>&1)" = "$want" ] || fail "$how: $(/usr/bin/python3 -c "$check" 2>&1 | tail -1)"
    for f in left.zip left.bz2 left.xz; do cmp -s "$f" "../cpython/$f" || fail "$how: $f differs from CPython's"; done
    cd ..
done
exit 0
