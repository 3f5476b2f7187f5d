# templa: FileSystemLoader (spec call form and plain), DictLoader, include, extends/block, caching, syntax errors with lines
import os
import templa

root = f"/tmp/templa_test_{os.getpid()}"
os.makedirs(root + "/parts", exist_ok=True)
files = {
    "index.html": "<h1>{{ title }}</h1>\n{% include 'parts/nav.html' %}\n",
    "parts/nav.html": "<nav>{% for link in links %}<a>{{ link }}</a>{% endfor %}</nav>",
    "base.html": "<title>{% block title %}Default{% endblock %}</title>\n<body>{% block body %}{% endblock body %}</body>",
    "page.html": "{% extends 'base.html' %}{% block title %}{{ name }} page{% endblock %}{% block body %}Hi {{ name|upper }}{% endblock %}",
}
for name, text in files.items():
    with open(root + "/" + name, "w") as f:
        f.write(text)
try:
    loader = templa.FileSystemLoader(root + "/")
    template = loader.load(loader, "index.html")
    print(template.render({"title": "Home", "links": ["a", "<b>"]}))
    again = loader.load("index.html")
    print(again is template, repr(template))
    print(loader.load("page.html").render({"name": "ann"}))
    print(loader.load("base.html").render())
    try:
        loader.load("nope.html")
    except templa.TemplateNotFound as e:
        print("TemplateNotFound", e)
    try:
        loader.load("../etc/passwd")
    except templa.TemplateNotFound as e:
        print("TemplateNotFound", e)
    env = templa.Environment(loader=templa.FileSystemLoader(root), autoescape=False)
    print(env.get_template("parts/nav.html").render(links=["<i>"]))
finally:
    for name in files:
        os.remove(root + "/" + name)
    os.rmdir(root + "/parts")
    os.rmdir(root)

# three levels of inheritance with a DictLoader
env = templa.Environment(loader=templa.DictLoader({
    "layout": "[{% block head %}H{% endblock %}|{% block main %}M{% block inner %}i{% endblock %}{% endblock %}]",
    "section": "{% extends 'layout' %}{% block main %}S{% block inner %}s{% endblock %}{% endblock %}",
    "leaf": "{% extends 'section' %}{% block inner %}leaf:{{ v }}{% endblock %}",
    "dyn": "{% extends parent %}{% block head %}dyn{% endblock %}",
    "inc": "{% include 'missing' ignore missing %}{% include name %}",
}))
print(env.get_template("layout").render(), env.get_template("section").render(), env.get_template("leaf").render(v=1))
print(env.get_template("dyn").render(parent="section"), env.get_template("inc").render(name="leaf", v=2))
print(env.get_template("leaf") is env.get_template("leaf"))

# syntax errors carry the template line
bad = [
    "{% for x in xs %}\n{{ x }}\n",
    "line1\n{% if a %}x{% else %}y",
    "{{ x|nosuchfilter }}",
    "{% if x is nosuchtest %}{% endif %}",
    "a\nb\n{% frobnicate %}",
    "{% endfor %}",
    "{{ x + }}",
    "{{ x",
    "{# unclosed",
    "{% for x xs %}{% endfor %}",
    "{{ 'abc }}",
    "{% block a %}{% endblock %}{% block a %}{% endblock %}",
    "{% set %}",
    "{{ a b }}",
]
for src in bad:
    try:
        templa.render_string(src, {})
        print("no error for", repr(src))
    except templa.TemplateSyntaxError as e:
        print(type(e).__name__, e.lineno, "|", e)

# runtime errors are Python's
try:
    templa.render_string("{{ 1 / n }}", {"n": 0})
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    templa.render_string("{{ f() }}", {})
except templa.UndefinedError as e:
    print("UndefinedError", e)
print(issubclass(templa.TemplateSyntaxError, templa.TemplateError), issubclass(templa.TemplateError, Exception))
templa.render_string("{% if x %}\n\n{% for y in x %}")
