#!/usr/bin/env bash
# static_test.sh — `trc build --static` on this machine: the executables are statically
# linked (file, ldd), carry only the stdlib modules imported, run in an empty chroot (no
# libraries, no /proc; root only, skipped otherwise); a program calling an NSS function
# gets the static-linking warning; a missing static archive is an error naming its
# Debian package. Last line "N passed, N failed".
# Env: TRC (compiler, default build/bin/trc).
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
trc=${TRC:-$root/build/bin/trc}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0
check() { # NAME CONDITION-STATUS [DETAIL]
    if [ "$2" = 0 ]; then echo "PASS static/$1"; passed=$((passed + 1))
    else echo "FAIL static/$1: ${3:-}"; failed=$((failed + 1)); fi
}

# name, source, expected stdout
for prog in "hello $root/examples/hello.tr" "all_stdlib $root/tests/static/all_stdlib.tr"; do
    set -- $prog
    name=$1 src=$2 bin=$work/$1
    if ! "$trc" build --static "$src" -o "$bin" 2>"$work/$name.err"; then
        check "$name/build" 1 "$(head -3 "$work/$name.err")"; continue
    fi
    file "$bin" | grep -q 'statically linked'; check "$name/file" $? "$(file "$bin")"
    ldd "$bin" 2>&1 | grep -q 'not a dynamic executable'; check "$name/ldd" $? "$(ldd "$bin" 2>&1 | head -2)"
    if [ "$name" = hello ]; then want="Hello, world!"; else want=$(cat "$root/tests/static/all_stdlib.out"); fi
    nm "$bin" | grep -q 'trmod_math_init'; has_math=$?
    [ "$has_math" = $([ "$name" = hello ] && echo 1 || echo 0) ]; check "$name/only-imported-modules" $?
    if [ "$(id -u)" = 0 ]; then
        mkdir -p "$work/chroot-$name" && cp "$bin" "$work/chroot-$name/app"
        [ "$(chroot "$work/chroot-$name" /app 2>/dev/null)" = "$want" ]; check "$name/empty-chroot" $?
    fi
done

# hashlib links libcrypto.a (-lcrypto only because it is imported), runs without its
# shared library or openssl.cnf.
printf 'import hashlib, hmac, base64\nprint(hashlib.sha256(b"abc").hexdigest()[:16], hmac.new(b"k", b"m", "md5").hexdigest()[:8], base64.b64encode(b"hi"))\n' >"$work/hl.py"
want_hl="ba7816bf8f01cfea ed7e724d b'aGk='"
if "$trc" build --static "$work/hl.py" -o "$work/hl" 2>"$work/hl.err"; then
    [ "$("$work/hl")" = "$want_hl" ]; check hashlib/run $? "$("$work/hl" 2>&1 | head -2)"
    ! grep -q 'statically linked applications' "$work/hl.err"; check hashlib/ld-warnings $? "$(head -2 "$work/hl.err")"
    if [ "$(id -u)" = 0 ]; then
        mkdir -p "$work/chroot-hl" && cp "$work/hl" "$work/chroot-hl/app"
        [ "$(chroot "$work/chroot-hl" /app 2>/dev/null)" = "$want_hl" ]; check hashlib/empty-chroot $?
    fi
else
    check hashlib/build 1 "$(head -3 "$work/hl.err")"
fi

# ssl links libssl.a ahead of libcrypto.a (-lssl -lcrypto only because it is imported):
# a TLS 1.3 handshake over a socketpair with the goldens' test certificates.
certs=$root/tests/golden/ssl_certs
printf 'import socket, ssl, threading\nserver = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)\nserver.load_cert_chain("%s/server.pem", "%s/server.key")\nclient = ssl.create_default_context(cafile="%s/ca.pem")\na, b = socket.socketpair()\nt = threading.Thread(target=lambda: server.wrap_socket(b, server_side=True).sendall(b"ok"))\nt.start()\ntls = client.wrap_socket(a, server_hostname="localhost")\nprint(tls.version(), tls.recv(2))\nt.join()\n' "$certs" "$certs" "$certs" >"$work/tls.py"
want_tls="TLSv1.3 b'ok'"
if "$trc" build --static "$work/tls.py" -o "$work/tls" 2>"$work/tls.err"; then
    [ "$("$work/tls")" = "$want_tls" ]; check ssl/run $? "$("$work/tls" 2>&1 | head -2)"
    nm "$work/tls" | grep -q ' T SSL_new$'; check ssl/libssl-linked $?
else
    check ssl/build 1 "$(head -3 "$work/tls.err")"
fi

# xml.etree links libexpat.a (-lexpat only because it is imported): parses and reports
# expat's errors without the shared library.
printf 'import xml.etree.ElementTree as ET\nprint(ET.fromstring("<a><b>t</b></a>").findtext("b"))\ntry:\n    ET.fromstring("<a></b>")\nexcept ET.ParseError as e:\n    print(e)\n' >"$work/xe.py"
want_xe="t
mismatched tag: line 1, column 5"
if "$trc" build --static "$work/xe.py" -o "$work/xe" 2>"$work/xe.err"; then
    [ "$("$work/xe")" = "$want_xe" ]; check xml_etree/run $? "$("$work/xe" 2>&1 | head -2)"
    nm "$work/xe" | grep -q ' T XML_ParserCreateNS$'; check xml_etree/expat-linked $?
else
    check xml_etree/build 1 "$(head -3 "$work/xe.err")"
fi

# bz2 and lzma link libbz2.a and liblzma.a (only because they are imported): compress
# and decompress without the shared libraries.
printf 'import bz2, lzma\nb = bz2.compress(b"abc" * 100)\nx = lzma.compress(b"abc" * 100)\nprint(len(b), bz2.decompress(b)[:6], len(x), lzma.decompress(x)[-3:])\n' >"$work/bl.py"
want_bl="43 b'abcabc' 76 b'abc'"
if "$trc" build --static "$work/bl.py" -o "$work/bl" 2>"$work/bl.err"; then
    [ "$("$work/bl")" = "$want_bl" ]; check bz2_lzma/run $? "$("$work/bl" 2>&1 | head -2)"
    nm "$work/bl" | grep -q ' T BZ2_bzCompress$' && nm "$work/bl" | grep -q ' T lzma_code$'
    check bz2_lzma/libraries-linked $?
else
    check bz2_lzma/build 1 "$(head -3 "$work/bl.err")"
fi

# curses links libncursesw.a and libtinfo.a (only because it is imported): terminfo
# read from the machine's database without the shared libraries.
printf 'import os, curses\nr, w = os.pipe()\ncurses.setupterm("xterm", w)\nprint(curses.tparm(curses.tigetstr("cup"), 2, 3), curses.tigetnum("colors"))\n' >"$work/cu.py"
want_cu="b'\\x1b[3;4H' 8"
if "$trc" build --static "$work/cu.py" -o "$work/cu" 2>"$work/cu.err"; then
    [ "$("$work/cu")" = "$want_cu" ]; check curses/run $? "$("$work/cu" 2>&1 | head -2)"
    nm "$work/cu" | grep -q ' T tiparm$'; check curses/ncurses-linked $?
else
    check curses/build 1 "$(head -3 "$work/cu.err")"
fi

# ctypes links libffi.a (-lffi only because it is imported) and calls dlopen, which the
# static build warns of: loading libc.so.6 works where the glibc it was linked with is.
printf 'from ctypes import *\nlibc = CDLL("libc.so.6")\nprint(libc.strlen(b"static"), (c_int * 3)(1, 2, 3)[2])\n' >"$work/ct.py"
if "$trc" build --static "$work/ct.py" -o "$work/ct" 2>"$work/ct.err"; then
    [ "$("$work/ct")" = "6 3" ]; check ctypes/run $? "$("$work/ct" 2>&1 | head -2)"
    grep -q 'calls dlopen (loads shared libraries)' "$work/ct.err"; check ctypes/dlopen-warning $? "$(head -2 "$work/ct.err")"
    nm "$work/ct" | grep -q ' T ffi_call$'; check ctypes/libffi-linked $?
else
    check ctypes/build 1 "$(head -3 "$work/ct.err")"
fi

# A web server as users deploy one: serveit (libuv, llhttp) built --static, started
# alone in an empty chroot (root; else in place), answers on loopback, stops on SIGINT
# with status 0.
if "$trc" build --static "$root/tests/static/serveit_app.tr" -o "$work/web" 2>"$work/web.err"; then
    port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    if [ "$(id -u)" = 0 ]; then
        mkdir -p "$work/chroot-web" && cp "$work/web" "$work/chroot-web/app"
        chroot "$work/chroot-web" /app "$port" 2>"$work/web.log" & web_pid=$!
    else
        "$work/web" "$port" 2>"$work/web.log" & web_pid=$!
    fi
    got=$(/usr/bin/python3 - "$port" <<'PY'
import sys, time, urllib.request
url = "http://127.0.0.1:%s" % sys.argv[1]
for _ in range(100):  # until it accepts (5 s at most)
    try:
        print(urllib.request.urlopen(url + "/").read().decode(), urllib.request.urlopen(url + "/json").read().decode())
        break
    except OSError:
        time.sleep(0.05)
PY
)
    [ "$got" = '<h1>static and alone</h1> {"path":"/json","method":"GET"}' ]; check serveit/serves $? "got '$got'"
    kill -INT "$web_pid"; wait "$web_pid"; check serveit/sigint-exit-0 $? "$(tail -2 "$work/web.log")"
else
    check serveit/build 1 "$(head -3 "$work/web.err")"
fi

# A call to getpwnam linked in (through a CC that adds an object) is reported.
printf '#include <pwd.h>\nvoid *lookup(void) { return getpwnam("root"); }\n' >"$work/pw.c"
cc -c "$work/pw.c" -o "$work/pw.o"
printf '#!/bin/sh\ncase " $* " in *" -c "*) exec cc "$@";; esac\nexec cc "$@" %s\n' "$work/pw.o" >"$work/cc-pw"
chmod +x "$work/cc-pw"
CC=$work/cc-pw "$trc" build --static "$root/examples/hello.tr" -o "$work/pw" 2>"$work/pw.err"
grep -q '^trc: warning: the static executable calls getpwnam (NSS' "$work/pw.err"; check nss-warning $? "$(head -2 "$work/pw.err")"
"$trc" build --static "$root/examples/hello.tr" -o "$work/quiet" 2>"$work/quiet.err"
[ ! -s "$work/quiet.err" ]; check no-warning $? "$(head -2 "$work/quiet.err")"

# The CJK codecs need glibc's iconv, which a static executable does not link: a clear
# LookupError (the dynamic build runs them: tests/golden/codecs_cjk*).
printf 'try:\n    "\\u4e2d".encode("gbk")\nexcept LookupError as e:\n    print(e)\n' >"$work/cjk.py"
got=
"$trc" build --static "$work/cjk.py" -o "$work/cjk" 2>"$work/cjk.err" && got=$("$work/cjk")
[ "$got" = "the gbk codec needs glibc's iconv, which a static executable does not carry" ] && [ ! -s "$work/cjk.err" ]
check cjk-static-lookup-error $? "got '${got:-}' $(head -2 "$work/cjk.err")"

# No libgc.a (a CC whose search path lacks it): an error naming libgc-dev, no executable.
printf '#!/bin/sh\n[ "$1" = -print-file-name=libgc.a ] && { echo libgc.a; exit 0; }\nexec cc "$@"\n' >"$work/cc-nogc"
chmod +x "$work/cc-nogc"
CC=$work/cc-nogc "$trc" build --static "$root/examples/hello.tr" -o "$work/nogc" 2>"$work/nogc.err"; rc=$?
[ "$rc" = 3 ] && grep -q 'libgc-dev' "$work/nogc.err" && [ ! -e "$work/nogc" ]
check missing-archive $? "exit $rc: $(head -2 "$work/nogc.err")"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
