#!/usr/bin/env bash
# pure_runs.sh — which functions get a pure run (compiler/emit_pure.c): a self-recursive
# function of ints does, in `trc build`'s C; one that calls out, loops, stores, or runs
# in a traced program does not.  (Their behaviour is golden pure_recursion's.)
set -u
fail() { echo "$*"; exit 1; }
cd "$(mktemp -d)" || exit 1
cat >pure.py <<'PY'
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def tak(x: int, y: int, z: int) -> int:
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y)) if y < x else z
print(fib(20), tak(9, 6, 3))
PY
cat >impure.py <<'PY'
def shout(n):
    if n > 0:
        print(n)
        return shout(n - 1)
    return 0
def looped(n):
    t = 0
    for k in range(n):
        t += k
    return t if n < 1 else looped(n - 1) + t
def stores(n):
    global last
    last = n
    return 0 if n == 0 else stores(n - 1)
def floats(n):
    return 0.5 if n == 0 else floats(n - 1) / 2
print(shout(2), looped(3), stores(2), floats(3))
PY
"$TRC" build pure.py --emit-c >pure.c || fail "pure.py did not compile"
for f in fib tak; do
    grep -q "f_${f}_[0-9]*_t_pr(" pure.c || fail "$f: no pure run"
done
"$TRC" build impure.py --emit-c >impure.c || fail "impure.py did not compile"
grep -q "_pr(" impure.c && fail "impure.py: a pure run: $(grep -o 'f_[a-z]*_[0-9]*_t_pr' impure.c | sort -u)"
{ echo "import sys"; echo "sys.settrace(None)"; cat pure.py; } >traced.py
"$TRC" build traced.py --emit-c >traced.c || fail "traced.py did not compile"
grep -q "_pr(" traced.c && fail "traced.py: a pure run in a traced program"
exit 0
