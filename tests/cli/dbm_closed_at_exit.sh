#!/usr/bin/env bash
# dbm_closed_at_exit.sh — a dbm.dumb database and a writeback shelf a program leaves
# open are closed at exit, as CPython's __del__ closes them: the index written whole
# (a value that grew and moved is found again) and the shelf's cached values saved,
# under both `trc build` and `trc run`; CPython reads the files.
set -u
fail() { echo "$*"; exit 1; }
cd "$(mktemp -d)" || exit 1
cat >prog.py <<'PY'
import dbm.dumb, shelve
db = dbm.dumb.open("plain", "c")
db["k"] = "short"
db["k"] = "grown past its block " * 40
dbm.dumb.open("shelf", "c").close()
sh = shelve.open("shelf", writeback=True)
sh["items"] = []
sh["items"].append("kept by writeback")
print("done")
PY
check='import dbm, shelve; print(len(dbm.open("plain")["k"]), shelve.open("shelf", "r")["items"])'
want="840 ['kept by writeback']"
[ "$(/usr/bin/python3 prog.py)" = done ] && [ "$(/usr/bin/python3 -c "$check" 2>&1)" = "$want" ] || fail "python3 does not agree"
for how in build run; do
    rm -rf "$how" && mkdir "$how" && cd "$how" || fail "mkdir"
    if [ "$how" = build ]; then
        "$TRC" build ../prog.py -o prog 2>err && ./prog >out 2>>err || fail "build: $(head -3 err)"
    else
        "$TRC" run ../prog.py >out 2>err || fail "run: $(head -3 err)"
    fi
    [ "$(cat out)" = done ] || fail "$how: printed $(head -2 out)"
    got=$(/usr/bin/python3 -c "$check" 2>&1)
    [ "$got" = "$want" ] || fail "$how: $got"
    cd ..
done
exit 0
