# pyperf.py — a stand-in for the pyperf package, for bench/pyperformance.sh: a benchmark's
# Runner runs each benchmark function a fixed number of times and prints its name, so the
# program's whole run is what bench/run.sh times and its output is comparable.  The count
# is the program's line ("NAME LOOPS") in the file PYPERF_LOOPS_FILE names, NAME being the
# program's file name without .py (argv[0]: NAME.py under python3, NAME when built), so
# every implementation timed runs the same count; 1 without the file.
import argparse
import os
import sys
import time

perf_counter = time.perf_counter


def python_implementation():
    # pyperf's: the implementation's name in lower case ("cpython", "pypy")
    return sys.implementation.name.lower()


def _settings():
    program = os.path.basename(sys.argv[0])
    if program.endswith(".py"):
        program = program[:-3]
    path = os.environ.get("PYPERF_LOOPS_FILE")
    if path:
        with open(path) as f:
            for line in f:
                name, count, *args = line.split()
                if name == program:
                    return int(count), args
    return 1, []


LOOPS, ARGS = _settings()


class Runner:
    def __init__(self, *args, **kwargs):
        self.metadata = {}
        self.argparser = argparse.ArgumentParser()
        self.args = None

    def parse_args(self, args=None):
        self.args = self.argparser.parse_args(ARGS)
        return self.args

    def bench_func(self, name, func, *args, inner_loops=None, metadata=None):
        for _ in range(LOOPS):
            result = func(*args)
        print(name, type(result).__name__)

    def bench_time_func(self, name, func, *args, inner_loops=None, metadata=None):
        func(LOOPS, *args)
        print(name)

    def bench_async_func(self, name, func, *args, inner_loops=None, metadata=None):
        import asyncio
        for _ in range(LOOPS):
            asyncio.run(func(*args))
        print(name)
