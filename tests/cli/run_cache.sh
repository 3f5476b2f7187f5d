#!/usr/bin/env bash
# run_cache.sh — the cache of `trc run`: a second run of an unchanged program reuses the
# compiled code; changing an imported module, or adding a file that an import would now
# find first, recompiles; --no-cache bypasses the cache.
set -u
# under sanitizers trc run links with cc and has no run cache (docs/cli.md)
[ -n "${TRC_SANITIZE:-}" ] && [ "$TRC_SANITIZE" != 0 ] && exit 0
fail() { echo "$*"; exit 1; }
dir=$(mktemp -d)
cd "$dir" || exit 1
export XDG_CACHE_HOME=$dir/cache
printf 'import helper\nprint(helper.VALUE)\n' >main.py
echo 'VALUE = "one"' >helper.py
[ "$("$TRC" run main.py)" = one ] || fail "first run"
[ "$(ls cache/trc/run-*.manifest | wc -l)" = 1 ] || fail "no cache entry after the first run"
touch -d '2000-01-01' cache/trc/run-*.o
[ "$("$TRC" run main.py)" = one ] || fail "cached run"
[ -n "$(find cache/trc -name 'run-*.o' ! -newermt '2001-01-01')" ] || fail "unchanged program was recompiled"
echo 'VALUE = "two"' >helper.py
[ "$("$TRC" run main.py)" = two ] || fail "changed import not recompiled"
echo 'VALUE = "three"' >helper.tr   # found before helper.py
[ "$("$TRC" run main.py)" = three ] || fail "new file earlier in the import search not noticed"
[ "$("$TRC" run --no-cache main.py)" = three ] || fail "--no-cache"
exit 0
