#!/usr/bin/env bash
# tracebacklimit.sh — an uncaught exception's traceback honours sys.tracebacklimit as
# CPython 3.11's does (the innermost entries; nothing but the last line when <= 0,
# causes included): the whole stderr text must match python3's.
set -u
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir" || exit 1
for limit in 2 1 0 -1 100 '"x"'; do
    cat >limit.py <<PY
import sys
sys.tracebacklimit = $limit


def inner():
    raise ValueError("deep")


def middle():
    inner()


def outer():
    try:
        middle()
    except ValueError as e:
        raise KeyError("outer") from e


outer()
PY
    "$TRC" run --no-cache limit.py 2>trc.err
    trc_rc=$?
    /usr/bin/python3 limit.py 2>py.err
    py_rc=$?
    [ "$trc_rc" = "$py_rc" ] || { echo "limit $limit: exit $trc_rc, python3 $py_rc"; exit 1; }
    cmp -s trc.err py.err || { echo "limit $limit: stderr differs:"; diff trc.err py.err | head -20; exit 1; }
done
exit 0
