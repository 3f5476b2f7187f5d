#!/usr/bin/env bash
# libcurl_on_first_use.sh — trc loads libcurl only when a program imports _curl (through
# urllib.request or httpx; stdlib/_curl/libcurl_api.h): a program run by `trc run` that
# imports neither finds no libcurl mapped in its process, one that imports
# urllib.request finds it, and when libcurl cannot be loaded the import raises ImportError
# naming the library (checked where an unprivileged user namespace lets the test put
# /dev/null in libcurl's place; elsewhere that part is skipped, with a note).
set -u
fail() { echo "$*"; exit 1; }
dir=$(mktemp -d)
cd "$dir" || exit 1
export XDG_CACHE_HOME=$dir/cache
cat >plain.py <<'PY'
print(any("libcurl" in line for line in open("/proc/self/maps")))
PY
cat >client.py <<'PY'
print("before")
import urllib.request
print(any("libcurl" in line for line in open("/proc/self/maps")))
PY

out=$("$TRC" run --no-cache plain.py 2>&1) || fail "plain.py: $out"
[ "$out" = False ] || fail "libcurl was loaded for a program not importing it: $out"
out=$("$TRC" run --no-cache client.py 2>&1) || fail "client.py: $out"
[ "$out" = "$(printf 'before\nTrue')" ] || fail "importing urllib.request did not load libcurl: $out"

lib=$(/sbin/ldconfig -p | awk '$1 == "libcurl.so.4" { print $NF; exit }')
if ! unshare --user --map-root-user --mount true 2>/dev/null || [ -z "$lib" ]; then
    echo "note: no user namespace here, the missing-libcurl case is not checked"
    exit 0
fi
# the canonical path and its /usr twin (merged /usr) both name the file: hide both
unshare --user --map-root-user --mount sh -c '
    for p in "$1" "/usr$1" "${1#/usr}"; do [ -e "$p" ] && mount --bind /dev/null "$p"; done
    exec "$2" run --no-cache client.py' sh "$lib" "$TRC" >out 2>err
status=$?
[ "$status" = 1 ] || fail "missing libcurl: exit status $status, $(tail -n2 err)"
[ "$(cat out)" = before ] || fail "missing libcurl: output $(cat out)"
tail -n1 err | grep -q '^ImportError: .*libcurl\.so\.4' || fail "missing libcurl: $(tail -n3 err)"
exit 0
