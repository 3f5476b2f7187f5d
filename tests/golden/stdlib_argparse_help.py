# argparse: format_help/format_usage text: wrapping at 78 columns, groups, metavars, formatter classes
import argparse


def show(parser):
    print(parser.format_usage(), end='')
    print('=' * 20)
    print(parser.format_help(), end='')
    print('-' * 40)


p = argparse.ArgumentParser(
    prog='backup',
    description='Copy files to a backup location, keeping a number of older copies '
                'around and pruning the rest.   Extra   spaces\n and newlines are folded.',
    epilog='Report bugs to the well-known address; long-words-with-hyphens get broken nicely.')
p.add_argument('source', help='directory to copy from')
p.add_argument('dest', nargs='?', default='/backup', help='where to copy (default: %(default)s)')
p.add_argument('-k', '--keep', type=int, default=5, metavar='N',
               help='number of copies of %(prog)s output to keep, type %(type)s')
p.add_argument('--level', choices=['fast', 'best', 'none'], default='fast',
               help='compression: one of %(choices)s')
p.add_argument('-x', '--exclude', action='append', metavar='GLOB', help='skip files matching GLOB')
p.add_argument('--dry-run', action='store_true', help='only show what would be done')
p.add_argument('--a-really-long-option-name-that-overflows', help='help starts on the next line')
p.add_argument('--secret', help=argparse.SUPPRESS)
p.add_argument('--no-help')
p.add_argument('--color', action=argparse.BooleanOptionalAction, help='colorize')
p.add_argument('--version', action='version', version='%(prog)s 1.2')
net = p.add_argument_group('network', 'Options for remote destinations.')
net.add_argument('--host', default='localhost', help='remote host')
net.add_argument('--port', type=int, help='remote port')
show(p)

m = argparse.ArgumentParser(prog='mx')
g = m.add_mutually_exclusive_group(required=True)
g.add_argument('-a', action='store_true', help='mode a')
g.add_argument('-b', action='store_true', help='mode b')
g.add_argument('--hidden', action='store_true', help=argparse.SUPPRESS)
g2 = m.add_mutually_exclusive_group()
g2.add_argument('--quiet', action='store_true')
g2.add_argument('--loud', action='store_true')
m.add_argument('files', nargs='*', metavar='FILE')
m.add_argument('--xy', nargs=3, metavar=('X', 'Y', 'Z'))
m.add_argument('--star', nargs='*', metavar=('A', 'B'))
m.add_argument('--plus', nargs='+')
m.add_argument('--opt', nargs='?')
show(m)

long_usage = argparse.ArgumentParser(prog='a-program-with-a-rather-long-name-indeed-yes-very-long-name')
for name in ['alpha', 'bravo', 'charlie', 'delta', 'echo']:
    long_usage.add_argument('--' + name, metavar=name.upper() + '_VALUE')
long_usage.add_argument('positional_one')
long_usage.add_argument('positional_two', nargs='+')
show(long_usage)

short_many = argparse.ArgumentParser(prog='s', add_help=False)
for i in range(12):
    short_many.add_argument('--option%d' % i, metavar='V%d' % i)
short_many.add_argument('input')
short_many.add_argument('output')
show(short_many)

only_pos = argparse.ArgumentParser(prog='onlypos', add_help=False)
for i in range(10):
    only_pos.add_argument('positional_argument_%d' % i)
show(only_pos)

text = 'first line\n  indented second line\n\nafter a blank'
for cls in [argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
            argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter]:
    f = argparse.ArgumentParser(prog=cls.__name__, formatter_class=cls, description=text,
                                epilog='  epilog\n    kept')
    f.add_argument('--num', type=int, default=3, help='a number\n  on two lines')
    f.add_argument('--rate', type=float, default=0.5, help='rate %(default)s')
    f.add_argument('count', type=int, nargs='?', default=1, help='how many')
    f.add_argument('name', type=str, help='the name')
    show(f)

u = argparse.ArgumentParser(prog='custom', usage='%(prog)s [options] FILE...', description='Custom usage.')
u.add_argument('--flag', action='store_true', help='a flag')
show(u)

bare = argparse.ArgumentParser(prog='bare', add_help=False)
show(bare)
print(repr(bare.format_help()))

class WideFormatter(argparse.HelpFormatter):
    def __init__(self, prog):
        super().__init__(prog, max_help_position=40, width=60)

w = argparse.ArgumentParser(prog='wide', formatter_class=WideFormatter)
w.add_argument('--medium-length-option', help='this help is aligned further right than the default and wraps at sixty')
show(w)
print(repr(argparse.ArgumentParser(prog='r', description='d')))
print(repr(p._actions[2]))

h = argparse.ArgumentParser(prog='hyphens', formatter_class=lambda prog: argparse.HelpFormatter(prog, width=40))
h.add_argument('--opt', help='a state-of-the-art self-documenting well-known tool -- really; '
                             'see https://example.com/a/very/long/path/that/cannot/fit/on/one/line')
h.add_argument('--x', help='-- leading dashes --- and --long-flag mentions')
show(h)

import os
narrow = argparse.ArgumentParser(prog='narrow', description='The width comes from $COLUMNS (minus two) when it is a positive number.')
narrow.add_argument('--first-option', metavar='VALUE', help='wrapped to the narrower width')
narrow.add_argument('--second-option', action='store_true', help='also wrapped')
for columns in ['50', '30', '-4', 'wide']:
    os.environ['COLUMNS'] = columns
    print('COLUMNS=%s' % columns)
    show(narrow)
del os.environ['COLUMNS']
