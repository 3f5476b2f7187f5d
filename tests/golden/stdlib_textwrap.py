# textwrap: wrap/fill/shorten/dedent/indent and every TextWrapper option on varied paragraphs (hyphens, em-dashes, tabs, unicode)
import textwrap
from textwrap import TextWrapper

text = ("The quick brown fox jumps over the lazy dog. Mr. Smith's well-known e-mail "
        "address -- rarely used -- is long-winded; supercalifragilisticexpialidocious "
        "words need breaking.  Then: café-au-lait, naïve Zoë, 123-456 and -b options!")

for width in (10, 20, 33, 50, 70, 200):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(TextWrapper(width=25, initial_indent="* ", subsequent_indent="    ").fill(text))
print(textwrap.wrap(text, 18, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 12, break_long_words=False, break_on_hyphens=False))
print(textwrap.wrap("  leading and trailing   spaces  ", 10))
print(textwrap.wrap("  leading and trailing   spaces  ", 10, drop_whitespace=False))
print(textwrap.wrap("Look, goof-ball -- use the -b option!", 1000))
w = TextWrapper()
print(w._split("Look, goof-ball -- use the -b option!"))
print(w._split("an em--dash, x--y, --flag, a-b-c, ab-cd-ef, 'single'-quoted, hello--"))
w.break_on_hyphens = False
print(w._split("Look, goof-ball -- use the -b option!"))

tabbed = "col1\tcol2\t\tcol3\nnext line\there"
print(textwrap.wrap(tabbed, 40))
print(textwrap.wrap(tabbed, 40, tabsize=4))
print(textwrap.wrap(tabbed, 40, expand_tabs=False))
print(textwrap.wrap(tabbed, 40, replace_whitespace=False))
print(textwrap.wrap(tabbed, 40, expand_tabs=False, replace_whitespace=False))

sentences = "This is one. This is two! Is this three? \"Quoted end.\" Mr. X. end.\nNew line here."
print(textwrap.wrap(sentences, 30, fix_sentence_endings=True))
print(textwrap.fill(sentences, 200, fix_sentence_endings=True))

for max_lines in (1, 2, 3):
    print(max_lines, textwrap.wrap(text, 30, max_lines=max_lines))
    print(max_lines, textwrap.wrap(text, 30, max_lines=max_lines, placeholder=" ..."))
print(textwrap.wrap("Hello world, how are you", 12, max_lines=2, placeholder="~~~~~~~~~~"))
print(textwrap.wrap("aaaaaaaaaaaaaaaaaaaa bbb", 10, max_lines=1, placeholder="..."))
print(textwrap.shorten("Hello  world!", width=12), "|", textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten(text, 40), "|", textwrap.shorten(text, 40, placeholder="…"))
print(repr(textwrap.shorten("   ", 10)), textwrap.wrap(""), textwrap.fill(""))

for bad in (lambda: textwrap.wrap("abc", 0), lambda: textwrap.wrap("abc", -3),
            lambda: textwrap.shorten("hello world", 3),
            lambda: textwrap.wrap("abc def", 5, max_lines=2, subsequent_indent="    ")):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

code = '''
    def f(x):
        if x:
            return 1
\t
        return 2
    '''
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("\t  x\n\t y\n")), repr(textwrap.dedent("x\n  y")))
print(repr(textwrap.dedent("   \n  hello\n    world\n  ")))
print(textwrap.indent("one\n\ntwo\n  \nthree", "> "))
print(repr(textwrap.indent("a\r\nb\rc\n", "+")), repr(textwrap.indent("x\ny\n", "# ", lambda line: True)))
print(repr(textwrap.indent("keep\nskip me\n", "-", predicate=lambda l: "skip" in l)))


class UpperWrapper(TextWrapper):
    def _split(self, text):
        return [c.upper() for c in super()._split(text)]


print(UpperWrapper(width=15).wrap("custom chunks come out in capitals"))

# Many generated paragraphs with random options.
import random
rng = random.Random(2024)
pieces = ["the", "quick", "brown-fox", "jumps", "--", "dog.", "Hello!", "e-mail", "a",
          "antidisestablishmentarianism", "x-y-z", "well--known", "end.\"", "\t", "  ", "\n",
          "Mr.", "naïve", "café-au-lait", "123-456", "-b", "'quoted'", "I.", "ünïcödé-wörds"]
for case in range(120):
    para = "".join(rng.choice(pieces) + rng.choice([" ", " ", "  ", "\n", "", "\t"])
                   for _ in range(rng.randrange(0, 22)))
    opts = {}
    if rng.random() < 0.4:
        opts["initial_indent"] = rng.choice(["* ", ">>> "])
    if rng.random() < 0.4:
        opts["subsequent_indent"] = rng.choice(["  ", "-- "])
    for name in ("expand_tabs", "replace_whitespace", "fix_sentence_endings",
                 "break_long_words", "drop_whitespace", "break_on_hyphens"):
        if rng.random() < 0.3:
            opts[name] = rng.random() < 0.5
    if rng.random() < 0.3:
        opts["tabsize"] = rng.randrange(0, 6)
    if rng.random() < 0.3:
        opts["max_lines"] = rng.randrange(1, 5)
    width = len(opts.get("initial_indent", "")) + len(opts.get("subsequent_indent", "")) + rng.randrange(1, 35)
    try:
        print(case, "|".join(textwrap.wrap(para, width, **opts)))
    except ValueError as e:
        print(case, "ValueError:", e)
