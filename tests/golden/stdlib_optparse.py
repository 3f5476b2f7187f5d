import io
import os
import sys
import optparse
from optparse import (OptionParser, Option, OptionGroup, Values, make_option, OptionError,
                      OptionValueError, BadOptionError, OptionConflictError, SUPPRESS_HELP,
                      SUPPRESS_USAGE, IndentedHelpFormatter, TitledHelpFormatter)

os.environ.pop("COLUMNS", None)


def run(parser, args):
    saved = sys.stderr
    sys.stderr = sys.stdout
    try:
        opts, rest = parser.parse_args(args)
        print("opts", sorted(vars(opts).items(), key=lambda kv: kv[0]), "rest", rest)
    except SystemExit as e:
        print("exit", e.code)
    finally:
        sys.stderr = saved


def callback(option, opt_str, value, parser, *args, **kwargs):
    print("callback", option, opt_str, value, args, sorted(kwargs.items()), parser.largs, parser.rargs)
    setattr(parser.values, option.dest or "cb", value)


p = OptionParser(prog="prog", usage="%prog [options] FILE...", version="%prog 1.0",
                 description="A test program that does many things with files and options, "
                             "described at enough length to need wrapping across lines.",
                 epilog="See the manual for more information about %prog and its behaviour.")
p.add_option("-f", "--file", dest="filename", metavar="FILE", help="write report to FILE")
p.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True,
             help="don't print status messages to stdout")
p.add_option("-v", action="store_true", dest="verbose")
p.add_option("-n", "--num", type="int", default=3, help="a number [default: %default]")
p.add_option("--ratio", type="float", help="the ratio, default %default")
p.add_option("--cplx", type="complex")
p.add_option("--long-name-option-with-dashes", type="long", dest="big",
             help="a very long option name that pushes help to the next line and has a long help text too")
p.add_option("-c", "--color", type="choice", choices=["red", "green", "blue"], default="red")
p.add_option("-a", "--add", action="append", dest="items")
p.add_option("--const", action="store_const", const=42, dest="answer")
p.add_option("--aconst", action="append_const", const="x", dest="consts")
p.add_option("-V", "--verbosity", action="count", dest="level")
p.add_option("--pair", nargs=2, type="int")
p.add_option("--cb", action="callback", callback=callback, type="string",
             callback_args=(1, 2), callback_kwargs={"k": "v"})
p.add_option("--flagcb", action="callback", callback=callback)
p.add_option("--secret", help=SUPPRESS_HELP)
p.add_option("-x", type=int)
p.add_option("-s", type=str, help="")
g = OptionGroup(p, "Dangerous Options", "Caution: use these options at your own risk. "
                "It is believed that some of them bite.")
g.add_option("-g", action="store_true", help="Group option.")
p.add_option_group(g)
g2 = p.add_option_group("Debug")
g2.add_option("--debug-level", metavar="LVL", type="int", help="debug level")
p.print_help()
print(repr(p.format_help()[:40]))
print(p.get_usage(), end="")
print(p.get_version())
p.print_usage()
p.print_version()

run(p, [])
run(p, ["-f", "out.txt", "-q", "a", "b", "-n", "0x1f", "--ratio=2.5", "-ab", "--add", "c", "-VVV", "--verb"])
run(p, ["-ffile", "-n", "017", "-n", "0b101", "--num=-7", "--cplx", "1+2j", "--long", "99"])
run(p, ["--pair", "1", "2", "--const", "--aconst", "--aconst", "-c", "green", "--", "-v", "x"])
run(p, ["--cb", "val", "pos", "--flagcb", "--c=blue"])
run(p, ["-vxq", "-x5", "-s", "S", "-g", "--debug-level", "3"])
run(p, ["-z"])
run(p, ["--nosuch"])
run(p, ["--co"])
run(p, ["-n", "abc"])
run(p, ["--ratio", "x"])
run(p, ["--cplx", "j j"])
run(p, ["-c", "purple"])
run(p, ["-f"])
run(p, ["--pair", "1"])
run(p, ["--quiet=yes"])
run(p, ["-x", "1.5"])
run(p, ["--version"])
p.disable_interspersed_args()
run(p, ["a", "-v"])
p.enable_interspersed_args()
run(p, ["a", "-v", "-"])

print(p.has_option("-f"), p.has_option("--nope"), p.get_option("--file"), p.get_option("-z"),
      p.get_option_group("-g").title, p.get_option_group("-f"))
p.remove_option("--file")
print(p.has_option("-f"), p.has_option("--file"))
try:
    p.remove_option("--file")
except ValueError as e:
    print(type(e).__name__, e)
p.set_default("answer", 7)
p.set_defaults(level=2, extra="e")
d = p.get_default_values()
print(d.answer, d.level, d.extra, d.num, d.color)
p.set_process_default_values(False)
p.set_defaults(num="12")
print(repr(p.get_default_values().num))
p.set_process_default_values(True)
print(repr(p.get_default_values().num))

for args, kwargs in [
        (("-",), {}), (("x",), {}), (("--",), {}), (("---x",), {}), (("-xy",), {}),
        ((), {}), (("-a",), {"action": "bogus"}), (("-a",), {"type": "bogus"}),
        (("-a",), {"action": "store_true", "type": "int"}), (("-a",), {"type": "choice"}),
        (("-a",), {"type": "choice", "choices": "abc"}), (("-a",), {"choices": ["a"], "type": "int"}),
        (("-a",), {"const": 1}), (("-a",), {"action": "count", "nargs": 2}),
        (("-a",), {"action": "callback", "callback": 5}),
        (("-a",), {"action": "callback", "callback": print, "callback_args": [1]}),
        (("-a",), {"action": "callback", "callback": print, "callback_kwargs": [1]}),
        (("-a",), {"callback": print}), (("-a",), {"callback_args": (1,)}),
        (("-a",), {"callback_kwargs": {}}), (("-a", "--bb"), {"bogus": 1, "other": 2}),
        (("-a",), {"type": float}), (("-a",), {"type": list})]:
    try:
        o = Option(*args, **kwargs)
        print("made", o, o.type, o.dest, o.nargs)
    except (OptionError, TypeError) as e:
        print(type(e).__name__, e)

q = OptionParser(prog="q", add_help_option=False)
q.add_option("-a", "--alpha")
try:
    q.add_option("-a", "--beta")
except OptionConflictError as e:
    print(type(e).__name__, e)
q2 = OptionParser(prog="q2", conflict_handler="resolve")
q2.add_option("-a", "--alpha", help="first")
q2.add_option("-a", "--beta", help="second")
q2.add_option("--alpha", help="third")
q2.add_option("-h", help="custom h")
q2.print_help()
try:
    OptionParser(conflict_handler="x")
except ValueError as e:
    print(type(e).__name__, e)
for bad in [(5,), ("-x", 1, 2)]:
    try:
        q.add_option(*bad, **({} if len(bad) == 1 else {}))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    q.add_option(Option("-y"), help="x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    q.add_option_group(OptionGroup(q2, "other"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    q.add_option_group(3)
except TypeError as e:
    print(type(e).__name__, e)
q.add_options([make_option("-m", action="store_true"), Option("--nn", type="int")])
print([str(o) for o in q.option_list])

v = Values({"a": 1, "b": None})
print(v, v == {"a": 1, "b": None}, v == Values({"a": 1, "b": None}), v != Values(), v.ensure_value("b", 5),
      v.ensure_value("a", 9), v.ensure_value("c", []))
v._update({"a": 2, "b": None, "z": 3}, "careful")
print(v)
v._update({"z": 3}, "loose")
print(v)
try:
    v._update({}, "other")
except ValueError as e:
    print(type(e).__name__, e)
print(repr(Values())[:8], repr(Option("-k"))[:8])

for columns in ["40", "120", "bogus"]:
    os.environ["COLUMNS"] = columns
    r = OptionParser(prog="r", usage="usage: %prog [opts]",
                     description="Width test with a longer description that wraps differently at each width.")
    r.add_option("-o", "--output", metavar="OUT", help="where the output goes when the program is done with it")
    r.add_option("--very-long-option-name", action="store_true", help="short help")
    r.print_help()
os.environ.pop("COLUMNS")

t = OptionParser(prog="t", usage=SUPPRESS_USAGE, formatter=TitledHelpFormatter(), description="Titled.")
t.add_option("-o", "--output", help="output file")
t.add_option("-i", type="int", help="input")
tg = t.add_option_group("Group Title", "group description")
tg.add_option("--gg", action="store_true", help="group opt")
t.print_help()
print(repr(t.get_usage()))
t.print_usage()

f = IndentedHelpFormatter(indent_increment=4, max_help_position=30, width=60, short_first=0)
f.set_short_opt_delimiter("")
f.set_long_opt_delimiter(" ")
u = OptionParser(prog="u", formatter=f)
u.add_option("-o", "--output", help="output with %default default", default="x.out")
u.add_option("-n", type="int", help="n is %default")
print(u.format_help())
for bad in [lambda: f.set_short_opt_delimiter("="), lambda: f.set_long_opt_delimiter("")]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
f.default_tag = None
print(u.format_option_help())

class MyOption(Option):
    TYPES = Option.TYPES + ("upper",)
    TYPE_CHECKER = dict(Option.TYPE_CHECKER)
    TYPE_CHECKER["upper"] = lambda option, opt, value: value.upper()
    ACTIONS = Option.ACTIONS + ("extend",)
    STORE_ACTIONS = Option.STORE_ACTIONS + ("extend",)
    TYPED_ACTIONS = Option.TYPED_ACTIONS + ("extend",)
    ALWAYS_TYPED_ACTIONS = Option.ALWAYS_TYPED_ACTIONS + ("extend",)

    def take_action(self, action, dest, opt, value, values, parser):
        if action == "extend":
            values.ensure_value(dest, []).extend(value.split(","))
        else:
            Option.take_action(self, action, dest, opt, value, values, parser)

m = OptionParser(prog="m", option_class=MyOption)
m.add_option("--name", type="upper")
m.add_option("--list", action="extend")
run(m, ["--name", "bob", "--list", "a,b", "--list=c"])

class Checked(OptionParser):
    def check_values(self, values, args):
        if not args:
            self.error("need a FILE")
        return values, args
run(Checked(prog="chk"), [])
print(optparse.check_choice(Option("-c", type="choice", choices=["a"]), "-c", "a"))
try:
    optparse.check_choice(Option("-c", type="choice", choices=("a", "b")), "-c", "z")
except OptionValueError as e:
    print(type(e).__name__, e)
print(str(BadOptionError("-q")), str(optparse.AmbiguousOptionError("--a", ["--ab", "--ac"])),
      str(OptionError("msg", Option("-r"))), str(OptionError("msg", "")))
print(optparse.__all__)
print(*p.parse_args(["-q", "x"], Values({"verbose": None})))
h = OptionParser(prog="h", usage="%prog")
h.parse_args(["--help"])
