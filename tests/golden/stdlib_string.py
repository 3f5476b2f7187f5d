# string: constants, capwords, Template (substitute, safe_substitute, subclasses, errors), Formatter (parse, get_field, vformat, overrides)
import string
from string import Template, Formatter

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits",
             "octdigits", "punctuation", "printable", "whitespace"]:
    print(name, repr(getattr(string, name)))
print(string.capwords("  hello   wORLD\tfoo\nbar  "), string.capwords("a-b-c", "-"),
      repr(string.capwords("")), string.capwords("x,y, z", ", "))

t = Template("$who likes $what; ${who}s cost $$10 ($what)")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": 3}))
print(t.substitute({"who": "ann", "what": 3}, what="override"))
print(t.safe_substitute(who="bob"))
print(t.get_identifiers(), t.is_valid(), t.template)
print(Template("$a_1 $_x ${B2}").substitute(a_1=1, _x=2, B2=3))
print(Template("$who$what").safe_substitute({"what": "!"}))
print(Template("trailing $").safe_substitute(), Template("$ 5 ${bad-id} $$").safe_substitute())

for tmpl, kw in [("Hi $name", {}), ("x ${missing}", {"other": 1})]:
    try:
        Template(tmpl).substitute(**kw)
    except KeyError as e:
        print("KeyError", e)
for tmpl in ["Cost: $ 10", "line1\nline2 $!", "$", "ok\n\nab ${1}", "${a b}"]:
    try:
        Template(tmpl).substitute(a=1)
    except ValueError as e:
        print("ValueError", e)
    print(Template(tmpl).is_valid())


class PercentTemplate(Template):
    delimiter = "%"


class DottedTemplate(Template):
    idpattern = r"[a-z][_a-z0-9]*(\.[a-z][_a-z0-9]*)*"


class BraceOnly(Template):
    braceidpattern = r"[^}]+"


class CaseSensitive(Template):
    flags = 0
    idpattern = r"[a-z]+"


class CustomPattern(Template):
    pattern = r"""
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      <(?P<braced>[a-z]+)> |
      (?P<invalid>)
    )
    """
    delimiter = "#"


print(PercentTemplate("%who owes %%%amount").substitute(who="Ann", amount=5))
print(DottedTemplate("$user.name is $user.age").substitute({"user.name": "Z", "user.age": 9}))
print(BraceOnly("${any thing here} and $plain").substitute({"any thing here": 1, "plain": 2}))
print(CaseSensitive("$abc $ABC").safe_substitute(abc="low", ABC="up"))
print(CustomPattern("#a and #<b> and ##").substitute(a=1, b=2), CustomPattern("#9").is_valid())
print(type(Template.pattern).__name__, Template.delimiter, Template.idpattern)

f = Formatter()
print(f.format("{0} {1!r} {name:>6} {0:{width}.{prec}f}", 3.14159, "s", name="N", width=10, prec=2))
print(f.format("{} {} {}", 1, 2, 3), f.format("{a[0]} {a[k]} {b.real} {b.imag}", a={0: "z", "k": "v"}, b=3 + 4j))
print(f.format("{0[1]} {0[0]:^5}|{{literal}}", ["x", "y"]), f.vformat("{x}-{0}", ("pos",), {"x": "kw"}))
print(f.format("{!a} {!s:>4}", "é", 7))
for fs in ["a{{b}}c", "{0!r:>10}", "x{0[a:b]}y", "{name.attr[3]!s:{w}}", "", "{}", "no fields",
           "{:{}{}}", "{0:}", "end}}", "{!r}"]:
    print(repr(fs), list(f.parse(fs)))
print(f.get_field("0.real", [5], {}), f.get_field("k[2]", [], {"k": "abcd"}))
print(f.convert_field(1, None), f.convert_field("x", "r"), f.format_field(3.5, "08.3f"))
for fs, args in [("{", ()), ("}", ()), ("{0!x}", (1,)), ("{0!}", (1,)), ("{0!rr}", (1,)),
                 ("{} {0}", (1, 2)), ("{0} {}", (1, 2)), ("{0[}", (1,)), ("{0.}", (1,)),
                 ("{0]x}", (1,)), ("{a{b}", ()), ("{0:{1:{2:{3}}}}", (1, 2, 3, 4)),
                 ("{5}", (1,)), ("{k}", ()), ("{0.nope}", (1,)), ("{0:d}", ("s",))]:
    try:
        print(repr(f.vformat(fs, args, {})))
    except Exception as e:
        print(repr(fs), type(e).__name__, e)


class StrictFormatter(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used_args
        if unused:
            raise ValueError("unused arguments: %s" % sorted(unused, key=str))


class DefaultFormatter(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<" + key + ">")
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        if format_spec == "stars":
            return "*" + str(value) + "*"
        return super().format_field(value, format_spec)


print(StrictFormatter().format("{0} {x}", 1, x=2))
try:
    StrictFormatter().format("{0}", 1, 2, y=3)
except ValueError as e:
    print(e)
d = DefaultFormatter()
print(d.format("{known} {unknown} {known!u} {0:stars} {1:>4}", "a", "b", known="yes"))
