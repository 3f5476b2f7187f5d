#!/usr/bin/env bash
# gen_golden.sh — record CPython 3.11's results for golden tests: NAME.out (stdout) and, on a
# non-zero exit status, NAME.exit (the status) and NAME.err (the last line of stderr).
# Usage: tools/gen_golden.sh [NAME|path/NAME.py ...]   (default: all tests/golden/*.py not starting with _;
# a path names a test in its own folder, such as tests/pending/NAME.py)
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
py=/usr/bin/python3
dir=$root/tests/golden
if [ $# -gt 0 ]; then files=("$@"); else
    mapfile -t files < <(find "$dir" -maxdepth 1 -name '*.py' ! -name '_*' | sort)
fi
tmp=$(mktemp); trap 'rm -f "$tmp"' EXIT
for f in "${files[@]}"; do
    name=$(basename "$f" .py); d=$dir
    case $f in */*) d=$(cd "$(dirname "$f")" && pwd) ;; esac # tests/pending/NAME.py
    base="$d/$name"
    [ -f "$base.py" ] || { echo "no such test: $f" >&2; continue; }
    (cd "$d" && PYTHONDONTWRITEBYTECODE=1 timeout 60 "$py" "$name.py" </dev/null >"$base.out" 2>"$tmp"); rc=$?
    rm -f "$base.exit" "$base.err"
    if [ "$rc" != 0 ]; then
        echo "$rc" >"$base.exit"
        tail -n 1 "$tmp" >"$base.err"
        echo "$name: exit $rc: $(cat "$base.err")"
    fi
done
