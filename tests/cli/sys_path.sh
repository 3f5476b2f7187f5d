#!/usr/bin/env bash
# sys_path.sh — sys.path[0] is what CPython 3.11 makes it for the same command line:
# the script's directory with symlinks resolved, '' for -c and stdin; a built program
# gets its executable's directory, also when found through PATH.
set -u
fail() { echo "$*"; exit 1; }
tmp=$(cd "$(mktemp -d)" && pwd -P) || exit 1
mkdir -p "$tmp/app" "$tmp/links" "$tmp/bin"
printf 'import sys\nprint(repr(sys.path[0]))\n' >"$tmp/app/where.py"
ln -s "$tmp/app/where.py" "$tmp/links/link.py"
cd "$tmp/app" || exit 1
want="'$tmp/app'"
[ "$(/usr/bin/python3 where.py)" = "$want" ] || fail "python3 itself disagrees: $(/usr/bin/python3 where.py)"
out=$("$TRC" run where.py) || fail "run failed"
[ "$out" = "$want" ] || fail "trc run where.py: $out"
cd "$tmp" || exit 1
out=$("$TRC" run links/link.py) || fail "run via symlink failed"
[ "$out" = "$want" ] || fail "trc run through a symlink: $out"
out=$("$TRC" run -c 'import sys; print(repr(sys.path[0]))') || fail "-c failed"
[ "$out" = "''" ] || fail "-c: $out"
out=$(printf 'import sys\nprint(repr(sys.path[0]))\n' | "$TRC" run -) || fail "- failed"
[ "$out" = "''" ] || fail "stdin: $out"
"$TRC" build app/where.py -o bin/where >/dev/null || fail "build failed"
out=$(bin/where) || fail "built program failed"
[ "$out" = "'$tmp/bin'" ] || fail "built program: $out"
out=$(cd / && PATH="$tmp/bin:$PATH" where) || fail "built program through PATH failed"
[ "$out" = "'$tmp/bin'" ] || fail "built program through PATH: $out"
exit 0
