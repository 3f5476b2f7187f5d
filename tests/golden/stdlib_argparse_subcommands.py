# argparse: sub-commands, parents, conflict_handler='resolve', custom Action classes, argument_default; ends with an uncaught parse error
import argparse
import io
import sys


def attempt(parser, args):
    saved = sys.stderr, sys.stdout
    sys.stderr, sys.stdout = io.StringIO(), io.StringIO()
    try:
        result = parser.parse_args(args)
        status = 'ok'
    except SystemExit as e:
        result = None
        status = 'exit %r' % (e.code,)
    err, out = sys.stderr.getvalue(), sys.stdout.getvalue()
    sys.stderr, sys.stdout = saved
    if result is not None and 'func' in result:
        result.func = result.func.__name__
    print('%s: %s' % (args, status), result if result is not None else '')
    for line in out.splitlines():
        print('  out|' + line)
    for line in err.splitlines():
        print('  err|' + line)


def cmd_add(args):
    return 'add %s' % args.x


git = argparse.ArgumentParser(prog='git', description='A tiny git.')
git.add_argument('--debug', action='store_true')
sub = git.add_subparsers(dest='command', help='sub-command help', required=True)
add = sub.add_parser('add', help='add things', aliases=['a'])
add.add_argument('x', type=int)
add.add_argument('--force', '-f', action='store_true')
add.set_defaults(func=cmd_add)
commit = sub.add_parser('commit', help='record changes')
commit.add_argument('-m', '--message', required=True)
commit.add_argument('--debug', default='sub-default')
sub.add_parser('status')
attempt(git, ['add', '3', '-f'])
attempt(git, ['--debug', 'a', '4'])
attempt(git, ['commit', '-m', 'msg'])
attempt(git, ['status'])
attempt(git, [])
attempt(git, ['push'])
attempt(git, ['add'])
attempt(git, ['commit'])
attempt(git, ['status', '--bad'])
attempt(git, ['add', '-h'])
ns = git.parse_args(['add', '5'])
print(ns.func(ns))
print(git.parse_known_args(['status', 'left', '--over']))
print(git.format_help())

tool = argparse.ArgumentParser(prog='tool')
cmds = tool.add_subparsers(title='commands', description='available commands', metavar='CMD')
run = cmds.add_parser('run', help='run it')
run.add_argument('target', nargs='*')
cmds.add_parser('list', help='list things')
print(tool.format_help())
attempt(tool, [])
attempt(tool, ['run', 'a', 'b'])
attempt(tool, ['bogus'])
print(run.prog, '|', run.format_usage(), end='')

base = argparse.ArgumentParser(add_help=False)
base.add_argument('--config', default='cfg.ini', help='config file')
base.set_defaults(loaded=True)
grp = base.add_argument_group('shared', 'Shared options.')
grp.add_argument('--level', type=int, default=1)
mx = base.add_mutually_exclusive_group()
mx.add_argument('--on', action='store_true')
mx.add_argument('--off', action='store_true')
child = argparse.ArgumentParser(prog='child', parents=[base])
child.add_argument('item')
attempt(child, ['thing', '--level', '3', '--on'])
attempt(child, ['thing', '--on', '--off'])
print(child.format_help())

res = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
res.add_argument('-v', '--verbose', action='store_true', help='old')
res.add_argument('-v', '--version', action='version', version='1.0', help='new -v')
res.add_argument('--only', help='first')
res.add_argument('--only', help='second')
print(res.format_help())
attempt(res, ['--verbose', '--only', 'x'])


class Upper(argparse.Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        if nargs is not None and nargs != '+':
            raise ValueError('nargs not allowed')
        super().__init__(option_strings, dest, nargs=nargs, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        if isinstance(values, list):
            values = [v.upper() for v in values]
        else:
            values = values.upper()
        setattr(namespace, self.dest, values)
        setattr(namespace, 'seen_' + self.dest, option_string)


class KeyValue(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        pairs = dict(getattr(namespace, self.dest, None) or {})
        key, sep, value = values.partition('=')
        if not sep:
            raise argparse.ArgumentError(self, 'expected KEY=VALUE, got %r' % values)
        pairs[key] = value
        setattr(namespace, self.dest, pairs)


c = argparse.ArgumentParser(prog='custom', argument_default=argparse.SUPPRESS)
c.add_argument('--name', action=Upper)
c.add_argument('words', action=Upper, nargs='+')
c.add_argument('-D', action=KeyValue, dest='defs', metavar='KEY=VALUE', help='define %(metavar)s')
c.add_argument('--plain')
attempt(c, ['hello', 'world', '--name', 'bob', '-D', 'a=1', '-Db=2'])
attempt(c, ['x', '-D', 'novalue'])
define_error = None
try:
    c.add_argument('--bad', action=Upper, nargs=2)
except ValueError as e:
    define_error = str(e)
print(define_error)
print(c.format_help())

last = argparse.ArgumentParser(prog='final')
last.add_argument('path')
last.add_argument('--jobs', type=int, default=1)
print(last.parse_args(['p', '--jobs', '4']))
last.parse_args(['--jobs', 'many'])
