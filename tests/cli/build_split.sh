#!/usr/bin/env bash
# build_split.sh — `trc build` compiles a big module's C as parts by concurrent
# compilers (compiler/emit_split.c): -j 2 splits tests/golden/build_split.py in two and
# the executable prints what CPython does; -j 1 keeps it whole; two split modules with
# the same function names link together; an unchanged program's parts come from the
# object cache.
set -u
fail() { echo "$*"; exit 1; }
golden=$(cd "$(dirname "$0")/../golden" && pwd)/build_split
dir=$(mktemp -d)
cd "$dir" || exit 1
export XDG_CACHE_HOME=$dir/cache
cp "$golden.py" main.py

"$TRC" build -j 2 --keep-c main.py -o split 2>kept || fail "build -j 2: $(cat kept)"
parts=$(awk '{print $3}' kept | xargs head -qn1 | grep -c 'from main.py, part [12] of 2 ')
[ "$parts" = 2 ] || fail "-j 2 did not split main.py in two: $(cat kept)"
./split >out 2>err; status=$?
cmp -s out "$golden.out" || fail "split executable's output differs: $(diff out "$golden.out" | head -4)"
[ "$status" = "$(cat "$golden.exit")" ] || fail "split executable's status $status"
[ "$(tail -n1 err)" = "$(cat "$golden.err")" ] || fail "split executable's last error line: $(tail -n1 err)"
"$TRC" build -j 2 --keep-c main.py -o again 2>kept_again || fail "second build"
[ ! -s kept_again ] || fail "an unchanged program was compiled again: $(cat kept_again)"

"$TRC" build -j 1 --keep-c --no-cache main.py -o whole 2>kept || fail "build -j 1"
[ "$(awk '{print $3}' kept | xargs head -qn1 | grep -c 'from main.py — do not edit')" = 1 ] ||
    fail "-j 1 split main.py: $(cat kept)"

cp main.py mod_a.py
cp main.py mod_b.py
printf 'import mod_a\nimport mod_b\nprint(mod_a.Account.opened, mod_b.Account.opened)\n' >two.py
"$TRC" build -j 2 --keep-c two.py -o two 2>kept || fail "two split modules do not link: $(cat kept)"
[ "$(awk '{print $3}' kept | xargs head -qn1 | grep -c 'mod_[ab].py, part [12] of 2 ')" = 4 ] ||
    fail "mod_a and mod_b not split: $(cat kept)"
./two >out 2>&1 || fail "two split modules: $(tail -n3 out)"
/usr/bin/python3 two.py >expected 2>&1
cmp -s out expected || fail "two split modules' output differs: $(diff out expected | head -4)"
exit 0
