# templa: the spec's examples, expressions, filters, tests, if/elif/else, for with loop/else/dict pairs, set, trimming, autoescape
import templa

r = templa.render_string
print(r("Hello, {{ name }}!", {"name": "World"}))
print(r("{{ title|upper }} by {{ author|capitalize }}", {"title": "tauraro guide", "author": "team"}))
print(repr(r("{% if user %}\n    Welcome, {{ user.name }}!\n{% endif %}\n", {"user": {"name": "Alice"}})))
print(repr(r("<ul>\n{% for item in items %}\n    <li>{{ item }}</li>\n{% endfor %}\n</ul>", {"items": ["Apple", "Banana"]})))
t = templa.Template("{{ greeting }}, {{ name }}!")
print(t.render({"greeting": "Hello", "name": "Alice"}), t.render({"greeting": "Hi", "name": "Bob"}), t.render(greeting="Yo", name="Cy"))
print(r("{{ html }}", {"html": "<script>alert('xss')</script>"}))
print(templa.Template("{{ html }}", autoescape=False).render({"html": "<b>&</b>"}))
print(r("{{ html|safe }} {{ html|e }} {{ m }} {{ m|upper }}", {"html": "<b>Bold</b>", "m": templa.Markup("<i>ok</i>")}))
print(templa.escape("<script>alert('xss')</script>"), type(templa.escape("x")).__name__, templa.escape(templa.Markup("<p>")))
print(r("{% for key, value in d %}{{ key }}={{ value }} {% endfor %}|{% for k in d %}{{ k }}{% endfor %}", {"d": {"a": 1, "b": 2}}))

# expressions
ctx = {"n": 7, "xs": [3, 1, 2], "user": {"name": "ann", "tags": ["x", "y"]}, "s": "Hello World", "none": None, "f": 2.5}
for src in ["{{ n + 1 }} {{ n - 10 }} {{ n * 2 }} {{ n / 2 }} {{ n // 2 }} {{ n % 4 }} {{ 2 ** 10 }} {{ -n }}",
            "{{ 'a' ~ n ~ 'b' }} {{ \"dq\" }} {{ 'x' 'y' }} {{ 1.5 + f }} {{ [1, 2][1] }} {{ (1, 2) }} {{ {'k': 'v'}.k }}",
            "{{ user.name }} {{ user['name'] }} {{ user.tags[1] }} {{ user.tags.0 }} {{ xs[0:2] }} {{ xs[1:] }} {{ s[:5] }}",
            "{{ missing }}|{{ missing.attr.deeper }}|{{ user.nope }}|{{ xs[10] }}|{{ none }}|{{ true }} {{ False }} {{ none is none }}",
            "{{ n > 5 and n < 10 }} {{ n == 7 or x }} {{ not n }} {{ 1 < n < 8 }} {{ 3 in xs }} {{ 9 not in xs }} {{ 'ell' in s }}",
            "{{ 'yes' if n > 3 else 'no' }} {{ 'yes' if n > 30 else 'no' }} [{{ 'only' if none }}] {{ s.upper() }} {{ s.split(' ')|join('+') }}",
            "{{ n is odd }} {{ n is even }} {{ n is divisibleby 7 }} {{ missing is defined }} {{ missing is not defined }} {{ s is string }} {{ n is number }}"]:
    print(r(src, ctx))

# filters
tests = [
    ("{{ s|lower }} {{ s|upper }} {{ 'hELLO wORLD'|capitalize }} {{ 'the quick-brown fox'|title }}", {}),
    ("[{{ '  pad  '|trim }}] {{ s|reverse }} {{ xs|reverse|list }} {{ s|length }} {{ xs|count }}", {}),
    ("{{ missing|default('dflt') }} {{ ''|default('empty', true) }} {{ ''|d('kept') }}|{{ n|default(0) }}", {}),
    ("{{ xs|join(', ') }} {{ xs|join }} {{ xs|first }} {{ xs|last }} {{ xs|sort }} {{ xs|sort(reverse=true) }}", {}),
    ("{{ s|replace('World', 'There') }} {{ 'aaa'|replace('a', 'b', 2) }} {{ '42'|int + 1 }} {{ 'x'|int }} {{ '3.5'|float }} {{ 3.7|int }}", {}),
    ("{{ 2.567|round }} {{ 2.567|round(2) }} {{ 2.5|round(0, 'ceil') }} {{ 2.5|round(0, 'floor') }} {{ -3|abs }}", {}),
    ("{{ long|truncate(20) }}|{{ long|truncate(20, true) }}|{{ long|truncate(20, false, '!') }}|{{ 'short'|truncate(20) }}", {}),
    ("{{ '<p>Hi <b>there</b></p>'|striptags }} {{ words|sort(attribute='n')|map(attribute='w')|join(',') }}", {}),
    ("{{ words|sum(attribute='n') }} {{ xs|min }} {{ xs|max }} {{ ['b', 'A', 'c']|sort|join }} {{ [1, 1, 2]|unique|list }}", {}),
    ("{{ d|dictsort }} {{ d|items }} {{ 'a b  c'|wordcount }} {{ '%s-%s'|format(1, 2) }} {{ xs|batch(2)|list }}", {}),
    ("{{ '<x>'|e|upper }} {{ ('<' ~ 'y>')|safe }} {{ ['<a>', '<b>']|join(', ') }} {{ 5|string|length }}", {}),
]
extra = {"long": "The quick brown fox jumps over the lazy dog", "words": [{"w": "b", "n": 2}, {"w": "a", "n": 1}], "d": {"z": 1, "a": 2}}
extra.update(ctx)
for src, more in tests:
    print(r(src, extra))

# control flow
page = """{% for u in users %}{{ loop.index }}/{{ loop.length }} {{ u.name }}{% if loop.first %} (first){% elif loop.last %} (last){% else %} (mid {{ loop.index0 }} {{ loop.revindex }}){% endif %}
{% else %}nobody
{% endfor %}"""
users = [{"name": "Ann"}, {"name": "Bob"}, {"name": "Cy"}]
print(r(page, {"users": users}), end="")
print(r(page, {"users": []}), end="")
print(r("{% for x in xs if x > 1 %}{{ x }}{{ loop.cycle('a', 'b') }} {% endfor %}", {"xs": [1, 2, 3, 4]}))
print(r("{% for a, b in pairs %}{{ a }}{{ b }},{% endfor %} {% for i in range(3) %}{{ i }}{% endfor %}", {"pairs": [(1, 2), (3, 4)], "range": range}))
print(r("{% for row in rows %}{% for c in row %}{{ c }}{% if not loop.last %},{% endif %}{% endfor %};{% endfor %}", {"rows": [[1, 2], [3]]}))
print(r("{% set a = 5 %}{% set b, c = [1, 2] %}{{ a + b + c }} {% for i in [1] %}{% set a = 99 %}{{ a }}{% endfor %} {{ a }}"))
print(r("{% set block %}<b>{{ n }}</b>{% endset %}{{ block }}{{ block|length }}", {"n": 1}))
print(repr(r("  {%- if true -%}  x  {%- endif -%}  |{# comment #}  {#- trimmed -#}  end")))
print(repr(r("a\n{# multi\nline #}b\n")))
print(r("{{ '{{' }} {{ x }} {{ d['k'] }}", {"x": "{% raw %}", "d": {"k": "}}"}}))
env = templa.Environment()
env.filters["double"] = lambda v: v * 2
env.globals["site"] = "example.org"
print(env.from_string("{{ 21|double }} {{ site }} {{ 'ab'|double }}").render())
if True:  # raw blocks
    print(repr(templa.render_string("a {% raw %}{{ x }} {% if %}{% endraw %} b {{ y }}", {"y": 1})))
    print(repr(templa.render_string("a {%- raw -%}  {{ x }}  {%- endraw -%}  b", {})))
    print(repr(templa.render_string("line1\n{% raw %}\n{{ z }}\n{% endraw %}\n{{ q }}", {"q": 2})))
    try:
        templa.render_string("x\n{% raw %}never closed", {})
    except templa.TemplateSyntaxError as e:
        print(e)
if True:  # macros
    src = """{% macro field(name, value='', type='text') -%}
    <input type="{{ type }}" name="{{ name }}" value="{{ value }}">
    {%- endmacro %}{{ field('user') }}|{{ field('pw', type='password') }}|{{ field('q', '<x>') }}|{{ field(name='n', value=3) }}"""
    print(templa.render_string(src))
    print(templa.render_string("{% macro hi(who) %}Hi {{ who }}{% endmacro %}{% for p in ps %}{{ hi(p)|upper }};{% endfor %}", {"ps": ["a", "b"]}))
    for bad in ["{% macro m(a) %}{% endmacro %}{{ m(1, 2) }}", "{% macro m(a) %}{% endmacro %}{{ m(b=1) }}"]:
        try:
            templa.render_string(bad)
        except TypeError as e:
            print("TypeError", e)
    try:
        templa.render_string("{% macro m(a=1, b) %}{% endmacro %}")
    except templa.TemplateSyntaxError as e:
        print(e)
