# shlex: split (posix, comments, errors), quote, join, and the shlex lexer (punctuation_chars, push_token, custom quotes/escape/commenters/wordchars, push_source)
import shlex
print(shlex.split('ls -l "my file" \'x y\' a\\ b # not a comment'))
print(shlex.split('cmd # comment here', comments=True))
print(shlex.split('a "b c" d', posix=False))
print(shlex.split('"a\\"b" \'c\\d\' e\\\\f "g\\h"'))
print(shlex.split(''), shlex.split('   '), shlex.split('""'), shlex.split("a '' b"))
for bad in ['"unterminated', "it's", 'trailing\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError:', e)
for s in ['', 'simple', 'with space', "it's", 'a$b', 'x@y%z+=:,./-', 'é', 'tab\there']:
    print(repr(shlex.quote(s)))
print(shlex.join(['echo', 'hello world', "don't", '']))
print(shlex.split(shlex.join(['a b', "c'd", '$HOME'])))
lex = shlex.shlex('a = b + "c d"; e(f, 1.5) # tail\nnext line')
print(list(lex))
lex = shlex.shlex('x=1 y="two words"', posix=True)
print([t for t in lex])
lex = shlex.shlex('a && b || c; d > out.txt 2>&1 (sub)', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('ls ~/dir/*.py|wc -l', posix=True, punctuation_chars='|')
lex.whitespace_split = True
print(list(lex), lex.punctuation_chars)
lex = shlex.shlex('one two three')
print(lex.get_token(), lex.get_token())
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()), repr(lex.get_token()))
lex = shlex.shlex('a\nb\n\nc', posix=True)
for tok in lex:
    print(tok, lex.lineno)
print(lex.error_leader('f.txt', 3), lex.error_leader())
lex = shlex.shlex('path/to:file,x', posix=True)
lex.wordchars += '/:'
lex.whitespace += ','
print(list(lex))
lex = shlex.shlex("'a b' c", posix=False)
print(lex.read_token(), lex.read_token(), repr(lex.read_token()))
lex = shlex.shlex('a;b', posix=True)
lex.commenters = ';'
print(list(lex))
lex = shlex.shlex('%q %r')
lex.quotes = '%'
print(list(lex))
lex = shlex.shlex('a^ b', posix=True)
lex.escape = '^'
print(list(lex))
print(list(shlex.shlex('"a\\nb"', posix=True)), list(shlex.shlex("'a\\nb'", posix=True)))
print(list(shlex.shlex('àbc ÿ', posix=True)), list(shlex.shlex('àbc', posix=False)))
lex = shlex.shlex('x')
lex.push_source('inner tokens')
print(list(lex))
print(shlex.split('a "b"c\'d\' e'))
for f in [lambda: shlex.quote(5), lambda: shlex.quote(b'x y'), lambda: shlex.join('ab c'), lambda: shlex.split(5), lambda: shlex.join([1])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
lex = shlex.shlex('a')
try:
    lex.punctuation_chars = 'x'
except AttributeError as e:
    print('AttributeError', e)
print(next(iter(shlex.shlex('q'))))
import io
lex = shlex.shlex(io.StringIO('first second\nthird "quoted word"'), infile='conf.txt', posix=True)
print(lex.get_token(), lex.error_leader())
print(list(lex), lex.error_leader(), lex.lineno)
