#!/usr/bin/env python3
"""fuzz_compile.py — mutate the golden programs and feed them to the compiler's front
half, looking for what a user must never see: a crash (signal, sanitizer report), a hang,
or an error that is not `file:line:col: error: message` with the line and a caret.

Each case takes one tests/golden/*.py program, applies one to three random mutations
(delete, duplicate or swap a span of lines or characters; insert a token from a list of
the grammar's sharp edges; truncate) and runs `trc build CASE --emit-ir` or `--emit-c`
(nothing compiled by cc), or with `--emit build` the whole build (cc included: generated C
that cc refuses is a failure too).  A failing case is kept in OUT_DIR with the trc output beside it.
Assumes: python3 for this driver only; TRC (default build/bin/trc) may be a sanitizer
build (then its reports count as crashes).
Usage: tools/fuzz_compile.py [-n CASES] [-s SEED] [--emit ir|c|build] [-o OUT_DIR]
"""
import argparse
import os
import random
import re
import subprocess
import sys
import tempfile

TOKENS = ["(", ")", "[", "]", "{", "}", ":", ",", "=", "**", "*", "lambda", "yield",
          "await", "async ", "def ", "class ", "return", "\n", "\t", "    ", "\\",
          "'", '"', '"""', "f'{", "}", "#", "@", "->", ":=", "match x:\n    case ",
          "nonlocal x\n", "global x\n", "del ", "from . import x\n", "import ",
          "\x00", "\xe9", "0x", "1e", "1_", ".", "..." , "not ", "in ", "is ",
          "try:\n", "except* E:\n", "finally:\n", "else:\n", "with ", "for ", "while "]
ERROR_LINE = re.compile(r"^[^:\n]+\.(py|tr):\d+:\d+: error: .+$", re.M)  # not cc's, on the C


def mutate(text, rng):
    for _ in range(rng.randint(1, 3)):
        if not text:
            break
        kind = rng.randrange(6)
        lines = text.split("\n")
        if kind == 0:  # delete a span of characters
            a = rng.randrange(len(text))
            text = text[:a] + text[a + rng.randint(1, 12):]
        elif kind == 1:  # insert a token
            a = rng.randrange(len(text) + 1)
            text = text[:a] + rng.choice(TOKENS) + text[a:]
        elif kind == 2:  # delete lines
            a = rng.randrange(len(lines))
            del lines[a:a + rng.randint(1, 3)]
            text = "\n".join(lines)
        elif kind == 3:  # duplicate a line elsewhere (indentation changes meaning)
            line = rng.choice(lines)
            lines.insert(rng.randrange(len(lines) + 1), line)
            text = "\n".join(lines)
        elif kind == 4:  # swap two lines
            a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[a], lines[b] = lines[b], lines[a]
            text = "\n".join(lines)
        else:  # truncate
            text = text[:rng.randrange(len(text))]
    return text


def verdict(proc, timed_out):
    if timed_out:
        return "hang"
    err = proc.stderr.decode("utf-8", "replace")
    if proc.returncode < 0 or proc.returncode >= 128:
        return "signal %d" % proc.returncode
    if "Sanitizer" in err or "runtime error:" in err:
        return "sanitizer"
    if proc.returncode == 0:
        return None
    if "Traceback" in err or "internal error" in err.lower():
        return "internal error"
    if not ERROR_LINE.search(err):
        return "unlocated error"
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=200)
    ap.add_argument("-s", "--seed", type=int, default=1)
    ap.add_argument("--emit", choices=["ir", "c", "build"], default="ir")
    ap.add_argument("-o", "--out", default="fuzz-failures")
    args = ap.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    trc = os.environ.get("TRC", os.path.join(root, "build/bin/trc"))
    golden = os.path.join(root, "tests/golden")
    sources = sorted(f for f in os.listdir(golden) if f.endswith(".py") and not f.startswith("_helpers"))
    rng = random.Random(args.seed)
    failures = compiled = 0
    with tempfile.TemporaryDirectory() as work:
        for n in range(args.n):
            name = rng.choice(sources)
            with open(os.path.join(golden, name), encoding="utf-8", errors="surrogateescape") as f:
                text = mutate(f.read(), rng)
            case = os.path.join(work, "case.py")
            with open(case, "w", encoding="utf-8", errors="surrogateescape") as f:
                f.write(text)
            timed_out = False
            try:
                mode = ["-o", os.path.join(work, "case")] if args.emit == "build" else ["--emit-" + args.emit]
                proc = subprocess.run([trc, "build", case] + mode,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120)
            except subprocess.TimeoutExpired:
                proc, timed_out = None, True
            what = verdict(proc, timed_out)
            compiled += bool(proc and proc.returncode == 0)
            if what:
                failures += 1
                os.makedirs(args.out, exist_ok=True)
                keep = os.path.join(args.out, "case%04d-%s" % (n, name))
                with open(keep, "w", encoding="utf-8", errors="surrogateescape") as f:
                    f.write(text)
                with open(keep + ".stderr", "wb") as f:
                    f.write(proc.stderr if proc else b"timeout\n")
                print("%s: %s (from %s)" % (keep, what, name), flush=True)
    print("fuzz: %d cases (%d compiled, the rest rejected), %d failures" % (args.n, compiled, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
