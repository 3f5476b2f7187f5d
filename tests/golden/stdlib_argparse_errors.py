# argparse: error messages and exit statuses (stderr captured), --help/--version, definition errors
import argparse
import io
import sys


def attempt(parser, args):
    """parse_args, showing what went to stdout/stderr and the exit status."""
    saved_err, saved_out = sys.stderr, sys.stdout
    sys.stderr, sys.stdout = io.StringIO(), io.StringIO()
    status = 'ok'
    try:
        result = parser.parse_args(args)
    except SystemExit as e:
        result = None
        status = 'exit %r' % (e.code,)
    err, out = sys.stderr.getvalue(), sys.stdout.getvalue()
    sys.stderr, sys.stdout = saved_err, saved_out
    print('%s: %s' % (args, status), result if result is not None else '')
    for line in out.splitlines():
        print('  out|' + line)
    for line in err.splitlines():
        print('  err|' + line)


def define(make):
    try:
        make()
        print('defined')
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__ + ':', e)


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError('%r is not a positive number' % text)
    return value


def ratio(text):
    return float(text) / 100


p = argparse.ArgumentParser(prog='errs')
p.add_argument('count', type=int)
p.add_argument('-o', '--out', required=True)
p.add_argument('--mode', choices=['a', 'b'])
p.add_argument('--pos', type=positive)
p.add_argument('--ratio', type=ratio)
p.add_argument('--two', nargs=2)
p.add_argument('--one', nargs=1)
p.add_argument('--some', nargs='+')
p.add_argument('--flag', action='store_true')
p.add_argument('--food')
p.add_argument('--fool')
p.add_argument('-t', action='store_true')
attempt(p, [])
attempt(p, ['1'])
attempt(p, ['x', '-o', 'f'])
attempt(p, ['1', '-o', 'f', '--mode', 'q'])
attempt(p, ['1', '-o', 'f', '--pos', '-3'])
attempt(p, ['1', '-o', 'f', '--pos', 'zz'])
attempt(p, ['1', '-o', 'f', '--ratio', 'half'])
attempt(p, ['1', '-o', 'f', '--two', 'a'])
attempt(p, ['1', '-o', 'f', '--one'])
attempt(p, ['1', '-o', 'f', '--some'])
attempt(p, ['1', '-o'])
attempt(p, ['1', '-o', 'f', 'extra', '--what'])
attempt(p, ['1', '-o', 'f', '--foo', 'x'])
attempt(p, ['1', '-o', 'f', '--flag=yes'])
attempt(p, ['1', '-o', 'f', '-tz'])
attempt(p, ['1', '-o', 'f', '--ratio', '50', '--pos', '2'])
attempt(p, ['-h'])

m = argparse.ArgumentParser(prog='mutex')
g = m.add_mutually_exclusive_group(required=True)
g.add_argument('-a', action='store_true')
g.add_argument('-b', '--bee', action='store_const', const=1)
g.add_argument('--c', nargs='?', const='C', default='D')
attempt(m, ['-a', '-b'])
attempt(m, ['--bee', '-a'])
attempt(m, [])
attempt(m, ['--c'])
attempt(m, ['--c', 'D'])

v = argparse.ArgumentParser(prog='ver')
v.add_argument('-V', '--version', action='version', version='%(prog)s version 2.0')
v.add_argument('--other', action='version', version='a long version string that is wrapped like a description would be wrapped by the formatter when it goes past the width')
attempt(v, ['-V'])
attempt(v, ['--other'])
attempt(v, ['--vers'])

na = argparse.ArgumentParser(prog='noabbrev', allow_abbrev=False)
na.add_argument('--foobar')
attempt(na, ['--foo', 'x'])
attempt(na, ['--foobar=x'])

plus = argparse.ArgumentParser(prog='plus', prefix_chars='+')
plus.add_argument('+f', '++foo', action='store_true')
plus.add_argument('arg', nargs='?')
attempt(plus, ['++foo', '-x'])
attempt(plus, ['+h'])

neg = argparse.ArgumentParser(prog='neg')
neg.add_argument('-5', dest='five', action='store_true')
neg.add_argument('x', nargs='?')
attempt(neg, ['-7'])

quiet = argparse.ArgumentParser(prog='quiet', exit_on_error=False)
quiet.add_argument('--n', type=int)
quiet.add_argument('need')
try:
    quiet.parse_args(['--n', 'x', 'y'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e, '|', e.argument_name, '|', e.message)
attempt(quiet, [])

custom = argparse.ArgumentParser(prog='custom')
attempt(custom, ['--nope'])
saved = sys.stderr
sys.stderr = io.StringIO()
try:
    custom.error('something went wrong')
except SystemExit as e:
    print('error() exit', e.code, repr(sys.stderr.getvalue()))
try:
    custom.exit(3, 'bye\n')
except SystemExit as e:
    print('exit() exit', e.code, repr(sys.stderr.getvalue()))
try:
    custom.exit()
except SystemExit as e:
    print('exit() exit', e.code)
custom.print_usage(sys.stderr)
text = sys.stderr.getvalue()
sys.stderr = saved
print(repr(text))

d = argparse.ArgumentParser(prog='defs')
d.add_argument('--dup')
define(lambda: d.add_argument('--dup'))
define(lambda: d.add_argument('-h', '--dup', action='store_true'))
define(lambda: d.add_argument('--n', nargs=0))
define(lambda: d.add_argument('--n', action='append', nargs=0))
define(lambda: d.add_argument('--n', const=1))
define(lambda: d.add_argument('pos', dest='other'))
define(lambda: d.add_argument('pos', required=True))
define(lambda: d.add_argument('--n', action='frobnicate'))
define(lambda: d.add_argument('--n', type='int'))
define(lambda: d.add_argument('--n', nargs=2, metavar=('A', 'B', 'C')))
define(lambda: d.add_argument('--n', nargs='x'))
define(lambda: d.add_argument('+n'))
define(lambda: d.add_argument('--'))
define(lambda: d.add_mutually_exclusive_group().add_argument('pos'))
define(lambda: argparse.ArgumentParser(conflict_handler='bogus'))
print(str(argparse.ArgumentError(None, 'plain message')))
print(isinstance(argparse.ArgumentTypeError('x'), Exception))
