#!/usr/bin/env bash
# traceback_carets.sh — an uncaught exception's traceback marks the raising expression
# with CPython 3.11's caret lines (Python/traceback.c's printer: the source line keeps its
# trailing blanks, a multi-line expression is marked to its line's last non-blank; the
# frames of comprehensions and class bodies, a decorator's line, a match pattern): the
# whole stderr of `trc run` and of a `trc build` executable must match python3's.
set -u
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir" || exit 1

cat >binop.py <<'PY'
def total(items, extra):
    return items[0] + extra


def main():
    print("start")
    x = total([1], "a")


main()
PY
cat >attr.py <<'PY'
class Node:
    child = None


def walk(node):
    return node.child.name


walk(Node())
PY
cat >method.py <<'PY'
import sys
values = {"a": 1}
if True:
	values.setdefault("b", 2).nosuch(
            1)
PY
printf 'data = [1, 2]\nresult = (data)[7]   \n' >trailing.py
cat >chain.py <<'PY'
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("bad " + text) from e


parse("x" * 3)
PY
cat >multiline.py <<'PY'
def f(a, b):
    return a / b


value = f(1,
          0) + 2
PY
cat >inline_frames.py <<'PY'
def deco(c):
    return c


def outer(rows):
    @deco
    class A:
        x = 1
        y = [[10 // v for v in r] for r in rows]


outer([[1], [0]])
PY
cat >decorator.py <<'PY'
def deco(fn):
    raise ValueError("refused")


@deco
def f():
    pass
PY
cat >match_mapping.py <<'PY'
class Strict(dict):
    def get(self, key, default=None):
        raise KeyError(key)


match Strict(a=1):
    case {"a": x}:
        print(x)
PY

for prog in binop attr method trailing chain multiline inline_frames decorator match_mapping; do
    /usr/bin/python3 $prog.py >py.out 2>py.err
    py_rc=$?
    "$TRC" run --no-cache $prog.py >run.out 2>run.err
    run_rc=$?
    "$TRC" build --no-cache $prog.py -o $prog.bin >/dev/null 2>&1 || { echo "$prog: build failed"; exit 1; }
    ./$prog.bin >bin.out 2>bin.err
    bin_rc=$?
    for kind in run bin; do
        rc=${kind}_rc
        [ "${!rc}" = "$py_rc" ] || { echo "$prog ($kind): exit ${!rc}, python3 $py_rc"; exit 1; }
        cmp -s $kind.out py.out || { echo "$prog ($kind): stdout differs"; exit 1; }
        cmp -s $kind.err py.err || { echo "$prog ($kind): stderr differs:"; diff $kind.err py.err; exit 1; }
    done
done
exit 0
