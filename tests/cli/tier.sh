#!/usr/bin/env bash
# tier.sh — tier 2 of `trc run`: a program that runs past the threshold (TRC_TIER_AFTER=0
# here: at once) gets a cc -O2 executable in the run cache, built in the background; the
# next run execs it with the same stdout, stderr, sys.argv, stdin, exit status and
# traceback as tier 1 and `trc build`; a changed import invalidates it; a build still
# linking or a failed one is never executed and leaves no file behind but its log; a
# build for sources that changed meanwhile gives up and leaves nothing;
# TRC_TIER=0, --no-cache, -c and - never tier up.  Which tier ran is read from the
# TRC_TIER_TRACE=1 lines on stderr, never from timings.
set -u
# under sanitizers trc run links with cc and has no run cache (docs/cli.md)
[ -n "${TRC_SANITIZE:-}" ] && [ "$TRC_SANITIZE" != 0 ] && exit 0
fail() { echo "$*"; exit 1; }
dir=$(mktemp -d)
cd "$dir" || exit 1
export XDG_CACHE_HOME=$dir/cache TRC_TIER_TRACE=1
unset TRC_TIER TRC_TIER_AFTER
cache=$dir/cache/trc
real_cc=${CC:-cc}

# Wait (120 s at most: the builds run at nice 19 on a shared machine) until no
# background build holds a lock in the cache.
wait_builds() {
    for _ in $(seq 1200); do
        compgen -G "$cache/run-*.lock" >/dev/null || return 0
        sleep 0.1
    done
    fail "a background build did not finish within 120 s"
}
# trc run with stdout, stderr without the tier lines, the tier lines and the status in
# files named after $1.
run() {
    local name=$1; shift
    echo "line from stdin" | "$TRC" run "$@" >"$name.out" 2>"$name.all"; echo $? >"$name.rc"
    grep -v '^trc: tier: ' "$name.all" >"$name.err"
    grep '^trc: tier: ' "$name.all" >"$name.tier"
}
same() { # same stdout, stderr and status as $1
    for f in out err rc; do cmp -s "$1.$f" "$2.$f" || fail "$2 differs from $1 ($f): $(diff "$1.$f" "$2.$f" | head -4)"; done
}
tier_is() { grep -q "^trc: tier: $2" "$1.tier" || fail "$1: wanted tier '$2', got: $(cat "$1.tier")"; }
leftovers() { # nothing half-made in the cache
    local junk
    junk=$(cd "$cache" && ls | grep -E '\.(tmp|log)$|^run-.*\.lock$|\.c$')
    [ -z "$junk" ] || fail "$1: left in the cache: $junk"
}

cat >main.py <<'PY'
import sys
import helper
print(sys.argv, helper.VALUE)
print(input().upper())
print("to stderr", file=sys.stderr)
def fail(n):
    return {}[n]
fail("zz")
PY
echo 'VALUE = "one"' >helper.py

# tier 1; TRC_TIER_AFTER=0 starts the build of tier 2 before the program runs
TRC_TIER_AFTER=0 run t1 main.py a 'b c'
tier_is t1 "1, compiled by libtcc"
tier_is t1 "1; tier 2 is being built"
[ "$(cat t1.rc)" = 1 ] || fail "status $(cat t1.rc), want 1"
[ "$(head -n 1 t1.out)" = "['main.py', 'a', 'b c'] one" ] || fail "tier 1 output: $(cat t1.out)"
[ "$(tail -n 1 t1.err)" = "KeyError: 'zz'" ] || fail "tier 1 traceback: $(cat t1.err)"
grep -qx "  File \"$PWD/main.py\", line 7, in fail" t1.err || fail "tier 1 traceback: $(cat t1.err)"
wait_builds
exes=$(ls "$cache"/run-*.exe 2>/dev/null | wc -l)
[ "$exes" = 1 ] || fail "after the build: $exes tier-2 executables, want 1"
leftovers "after the build"

# tier 2: the same program, byte for byte the same behaviour
run t2 main.py a 'b c'
tier_is t2 "2, native executable"
same t1 t2
# and the same as trc build's executable, started under the same name
"$TRC" build main.py -o prog || fail "trc build"
(echo "line from stdin" | (exec -a main.py ./prog a 'b c') >b.out 2>b.err; echo $? >b.rc)
same t1 b
# TRC_TIER=0: tier 1 even with an executable at hand
TRC_TIER=0 run off main.py a 'b c'
tier_is off "1, cached libtcc object"
same t1 off

# a changed import: tier 1 again, then its own tier 2; changed back, the first one
echo 'VALUE = "two"' >helper.py
TRC_TIER_AFTER=0 run c1 main.py
tier_is c1 "1, compiled by libtcc"
[ "$(head -n 1 c1.out)" = "['main.py'] two" ] || fail "changed import, tier 1: $(cat c1.out)"
wait_builds
run c2 main.py
tier_is c2 "2, native executable"
same c1 c2
echo 'VALUE = "one"' >helper.py
run r1 main.py a 'b c'
tier_is r1 "1, compiled by libtcc"
same t1 r1
run r2 main.py a 'b c'
tier_is r2 "2, native executable"
same t1 r2

# a build asked for sources that have changed since gives up and leaves nothing, even
# when they no longer compile (here: a syntax error in the import)
exe1=$(sed -n 's/^trc: tier: 2, native executable //p' r2.tier)
[ -x "$exe1" ] || fail "tier 2 did not name its executable: $(cat r2.tier)"
rm "$exe1"
echo 'VALUE = (' >helper.py
"$TRC" __tier2 -O2 -o "$exe1" main.py >/dev/null 2>&1
wait_builds
[ ! -e "$exe1" ] && [ ! -e "$exe1.failed" ] || fail "a build of changed sources: $(ls "$cache")"
leftovers "after a build of changed sources"
echo 'VALUE = "one"' >helper.py

# never from --no-cache, -c or -
TRC_TIER_AFTER=0 run nc --no-cache main.py a 'b c'
same t1 nc
TRC_TIER_AFTER=0 "$TRC" run -c 'print(6 * 7)' 2>c.err >c.out
[ "$(cat c.out)" = 42 ] || fail "-c: $(cat c.out)"
echo 'print(6 * 7)' | TRC_TIER_AFTER=0 "$TRC" run - 2>s.err >s.out
[ "$(cat s.out)" = 42 ] || fail "-: $(cat s.out)"
! grep -q "tier 2 is being built" nc.all c.err s.err || fail "--no-cache, -c or - started a build"
[ "$(ls "$cache"/run-*.exe | wc -l)" = 1 ] || fail "--no-cache, -c or - made an executable"

# an executable still being linked is not run: the link writes a partial file, then
# waits for ./go; meanwhile trc runs tier 1, and no run-*.exe exists
cat >slowcc <<SH
#!/bin/sh
case " \$* " in *" -c "*|*--version*|*-print-*) exec $real_cc "\$@" ;; esac
out=; prev=; for a; do [ "\$prev" = -o ] && out=\$a; prev=\$a; done
printf 'partial' >"\$out"; chmod +x "\$out"; touch "$dir/linking"
for _ in \$(seq 600); do [ -e "$dir/go" ] && break; sleep 0.1; done
exec $real_cc "\$@"
SH
chmod +x slowcc
printf 'import sys\nprint("slow", sys.argv[1:])\n' >slow.py
CC=$dir/slowcc TRC_TIER_AFTER=0 run s1 slow.py x
[ "$(cat s1.out)" = "slow ['x']" ] || fail "slow: $(cat s1.out)"
for _ in $(seq 600); do [ -e linking ] && break; sleep 0.1; done
[ -e linking ] || { touch go; fail "the build never reached its link"; }
run s2 slow.py x
tier_is s2 "1, cached libtcc object"
same s1 s2
[ "$(ls "$cache"/run-*.exe | wc -l)" = 1 ] || { touch go; fail "a partial executable is visible: $(ls "$cache")"; }
# meanwhile, a second build of that program is not started (its lock), nor, on a
# machine of fewer than 4 CPUs, of another program (the one build slot is taken)
CC=$dir/slowcc TRC_TIER_AFTER=0 run s1b slow.py x
tier_is s1b "1; tier 2 is being built"
[ "$(pgrep -fc -- "__tier2 .*slow\.py")" = 1 ] || { touch go; fail "not one build of slow.py: $(pgrep -af -- __tier2)"; }
printf 'print("other")\n' >other.py
TRC_TIER_AFTER=0 run o1 other.py
touch go
wait_builds
leftovers "after the slow build"
want=2; [ "$(nproc)" -ge 4 ] && want=3
[ "$(ls "$cache"/run-*.exe | wc -l)" = $want ] || fail "build slots: $(ls "$cache")"
run s3 slow.py x
tier_is s3 "2, native executable"
same s1 s3

# a failed build: nothing but its messages (ENTRY-M.exe.failed), the foreground run
# unaffected, and no second attempt for the same sources
printf '#!/bin/sh\ncase " $* " in *" -c "*|*--version*|*-print-*) exec %s "$@" ;; esac\necho "link says no" >&2\nexit 1\n' "$real_cc" >badcc
chmod +x badcc
printf 'print("bad")\n' >bad.py
CC=$dir/badcc TRC_TIER_AFTER=0 run f1 bad.py
[ "$(cat f1.out)" = bad ] && [ "$(cat f1.rc)" = 0 ] && [ ! -s f1.err ] || fail "failed build disturbed the run: $(cat f1.all)"
wait_builds
leftovers "after a failed build"
grep -q "link says no" "$cache"/*.exe.failed || fail "no failure log: $(ls "$cache")"
CC=$dir/badcc TRC_TIER_AFTER=0 run f2 bad.py
tier_is f2 "1, cached libtcc object"
! grep -q "tier 2 is being built" f2.tier || fail "a failed build was retried"
same f1 f2

# no background process of this test is left
wait_builds
[ -z "$(pgrep -f -- "$dir")" ] || fail "processes left behind: $(pgrep -af -- "$dir")"
exit 0
