# pstats: sort keys and their misuse, restrictions, add, strip_dirs, dump/load,
# get_stats_profile, SortKey, the helpers.
import io
import os
import pstats
import tempfile
from pstats import SortKey, FunctionProfile, StatsProfile


class Fake:
    # A profiler's interface as pstats uses it: create_stats() fills .stats.
    def __init__(self, stats):
        self.data = stats

    def create_stats(self):
        self.stats = self.data


def make():
    return Fake({
        ('/a/b/mod.py', 10, 'f'): (2, 3, 0.5, 1.5, {('/a/b/mod.py', 20, 'g'): (3, 2, 0.5, 1.5)}),
        ('/a/b/mod.py', 20, 'g'): (1, 1, 0.25, 2.0, {}),
        ('/c/other.py', 5, 'h'): (4, 4, 0.125, 0.125, {('/a/b/mod.py', 10, 'f'): (4, 4, 0.125, 0.125)}),
        ('~', 0, "<built-in method builtins.len>"): (7, 7, 0.0, 0.0, {('/c/other.py', 5, 'h'): (7, 7, 0.0, 0.0)}),
        ('~', 0, "<method 'append' of 'list' objects>"): (2, 2, 0.001, 0.001, {('/a/b/mod.py', 20, 'g'): (2, 2, 0.001, 0.001)}),
    })


out = io.StringIO()
s = pstats.Stats(make(), stream=out)
print(s.total_calls, s.prim_calls, s.total_tt, s.max_name_len)
for key in ['calls', 'ncalls', 'cumtime', 'cumulative', 'filename', 'line', 'module',
            'name', 'nfl', 'pcalls', 'stdname', 'time', 'tottime', 'cumu', 'std', 'p', 'fi',
            -1, 0, 1, 2, SortKey.NFL, SortKey.PCALLS]:
    s.sort_stats(key)
    print(repr(key), s.sort_type, [f[2] for f in s.fcn_list])
s.sort_stats('name', 'line')
print(s.sort_type, [f[2] for f in s.fcn_list])
for bad in [('cum',), ('c',), ('bogus',), (5,), ('calls', SortKey.TIME), ('f',)]:
    try:
        s.sort_stats(*bad)
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(s.sort_stats() is s, s.fcn_list)
print(sorted(s.get_sort_arg_defs())[:8])

s.sort_stats('stdname').print_stats()
s.print_stats(2, 'mod')
s.print_stats(0.4)
s.print_stats('[')
s.print_stats('zzz')
s.print_callers(1.0)
s.print_callees('other')
print(out.getvalue(), end='')

s2 = pstats.Stats(make(), make(), stream=io.StringIO())
print(s2.total_calls, s2.stats[('/a/b/mod.py', 10, 'f')])
s2.strip_dirs()
print(sorted(s2.stats)[:3], s2.max_name_len)

p = s.sort_stats('calls').get_stats_profile()
print(p.total_tt)
for name, fp in p.func_profiles.items():
    print(name, fp)
print(StatsProfile(1.0, {}) == StatsProfile(1.0, {}), hash(FunctionProfile('1', 0.0, 0.0, 0.0, 0.0, 'x', 1)) is not None)
print(pstats.Stats(stream=io.StringIO()).get_stats_profile())

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'prof.out')
    s.dump_stats(path)
    buf = io.StringIO()
    loaded = pstats.Stats(path, stream=buf)
    print(loaded.stats == s.stats, len(loaded.files), loaded.files[0].endswith('    ' + path))
    loaded.add(make())
    print(loaded.total_calls, loaded.stats[('/c/other.py', 5, 'h')][:4])
    try:
        pstats.Stats(os.path.join(d, 'missing'))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.strerror)

try:
    pstats.Stats(Fake({}))
except TypeError as e:
    print("TypeError", str(e).split(" from ")[0])

print(SortKey.CALLS, repr(SortKey.CUMULATIVE), SortKey('ncalls') is SortKey.CALLS,
      SortKey('tottime') is SortKey.TIME, SortKey('module'), list(SortKey)[-1], SortKey.NAME == 'name')
try:
    SortKey('nope')
except ValueError as e:
    print("ValueError", e)
print(pstats.func_std_string(('~', 0, '<x>')), pstats.func_std_string(('~', 0, 'plain')),
      pstats.func_std_string(('f.py', 3, 'g')), pstats.func_strip_path(('/x/y.py', 1, 'z')),
      pstats.func_get_function_name(('a', 1, 'b')), pstats.f8(1.23456), pstats.count_calls({1: 2, 3: 4}))
print(pstats.add_func_stats((1, 2, 0.5, 0.5, {'a': 1}), (1, 1, 0.25, 0.25, {'a': 2, 'b': 1})))
print(pstats.add_callers({'a': (1, 1, 0.5, 0.5)}, {'a': (2, 2, 0.5, 0.5), 'b': (1, 1, 0, 0)}))
